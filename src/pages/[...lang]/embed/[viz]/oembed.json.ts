// /embed/<viz>/oembed.json: the oEmbed description of /embed/<viz>/ (its first step's image as the thumbnail).
import type { APIRoute } from 'astro';
import { embedsPerLang, type EmbedFigure } from '../../../../components/embed/loadEmbeds';
import { oembedResponse } from '../../../../components/embed/oembedResponse';

export async function getStaticPaths() {
  return (await embedsPerLang()).flatMap(({ lang, params, figures }) =>
    figures.map((figure) => ({ params: { ...params, viz: figure.id }, props: { lang, figure } })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const figure = (props as { figure: EmbedFigure }).figure;
  return oembedResponse(site, (props as { lang: string }).lang, figure, figure.steps[0], figure.urls.embed);
};
