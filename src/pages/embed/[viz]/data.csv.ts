// /embed/<viz>/data.csv: the records the figure is drawn from (src/lib/embedData.ts), as CSV.
import type { APIRoute } from 'astro';
import { loadEmbeds } from '../../../components/embed/loadEmbeds';
import { figureRows } from '../../../lib/embedData';
import { toCsv } from '../../../lib/embedCsv';
import type { FigureId } from '../../../scenes/types';

export async function getStaticPaths() {
  return (await loadEmbeds('en')).filter((f) => f.steps.length > 0).map((f) => ({ params: { viz: f.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv(figureRows(params.viz as FigureId)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
