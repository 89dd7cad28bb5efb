// /embed/<viz>/<step>/oembed.json: the oEmbed description of one step's embed page.
import type { APIRoute } from 'astro';
import { embedsPerLang, type EmbedFigure, type EmbedStep } from '../../../../../components/embed/loadEmbeds';
import { oembedResponse } from '../../../../../components/embed/oembedResponse';

export async function getStaticPaths() {
  return (await embedsPerLang()).flatMap(({ lang, params, figures }) =>
    figures.flatMap((figure) => figure.steps.map((step) => ({ params: { ...params, viz: figure.id, step: step.id }, props: { lang, figure, step } }))),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { lang, figure, step } = props as { lang: string; figure: EmbedFigure; step: EmbedStep };
  return oembedResponse(site, lang, figure, step, step.urls.embed);
};
