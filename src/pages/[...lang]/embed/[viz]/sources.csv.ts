// /embed/<viz>/sources.csv: every source the figure's data names (id, publisher, title, date, url), the second
// file beside data.csv, so the data keeps its sources when it travels alone.
import type { APIRoute } from 'astro';
import { embedsPerLang } from '../../../../components/embed/loadEmbeds';
import { figureRows, sourcesOf } from '../../../../lib/embedData';
import { toCsv } from '../../../../lib/embedCsv';
import { getSource } from '../../../../data/sources';
import type { FigureId } from '../../../../scenes/types';

// The data is the same in every language (its words are the data's English), so each language's copy is identical.
export async function getStaticPaths() {
  return (await embedsPerLang()).flatMap(({ params, figures }) => figures.map((f) => ({ params: { ...params, viz: f.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const rows = sourcesOf(figureRows(params.viz as FigureId)).map((id) => {
    const s = getSource(id);
    return { id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, confidence: s.confidence };
  });
  return new Response(toCsv(rows, ['id', 'publisher', 'title', 'date', 'url', 'confidence']), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
