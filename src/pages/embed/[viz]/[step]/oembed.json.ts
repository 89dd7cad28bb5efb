// /embed/<viz>/<step>/oembed.json: the oEmbed description of one step's embed page.
import type { APIRoute } from 'astro';
import { loadEmbeds, type EmbedFigure, type EmbedStep } from '../../../../components/embed/loadEmbeds';
import { oembedResponse } from '../../../../components/embed/oembedResponse';

export async function getStaticPaths() {
  const figures = await loadEmbeds('en');
  return figures.flatMap((figure) => figure.steps.map((step) => ({ params: { viz: figure.id, step: step.id }, props: { figure, step } })));
}

export const GET: APIRoute = ({ props, site }) => {
  const { figure, step } = props as { figure: EmbedFigure; step: EmbedStep };
  return oembedResponse(site, figure, step, step.urls.embed);
};
