// /embed/<viz>/oembed.json: the oEmbed description of /embed/<viz>/ (its first step's image as the thumbnail).
import type { APIRoute } from 'astro';
import { loadEmbeds, type EmbedFigure } from '../../../components/embed/loadEmbeds';
import { oembedResponse } from '../../../components/embed/oembedResponse';

export async function getStaticPaths() {
  return (await loadEmbeds('en')).filter((f) => f.steps.length > 0).map((figure) => ({ params: { viz: figure.id }, props: { figure } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const figure = (props as { figure: EmbedFigure }).figure;
  return oembedResponse(site, figure, figure.steps[0], figure.urls.embed);
};
