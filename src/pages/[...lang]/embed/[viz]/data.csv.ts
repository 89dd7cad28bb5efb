// /embed/<viz>/data.csv: the records the figure is drawn from (src/lib/embedData.ts), as CSV.
import type { APIRoute } from 'astro';
import { embedsPerLang } from '../../../../components/embed/loadEmbeds';
import { figureRows } from '../../../../lib/embedData';
import { toCsv } from '../../../../lib/embedCsv';
import type { FigureId } from '../../../../scenes/types';

// The data is the same in every language (its words are the data's English), so each language's copy is identical.
export async function getStaticPaths() {
  return (await embedsPerLang()).flatMap(({ params, figures }) => figures.map((f) => ({ params: { ...params, viz: f.id } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv(figureRows(params.viz as FigureId)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
