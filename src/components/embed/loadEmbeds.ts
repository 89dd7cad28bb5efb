// Build-time model of every embed: for each figure of the story, its steps in reading order with what an embed
// of that step shows and links to (title, description, source line, image, data, oEmbed and story URLs). Read
// from the content collection, so cutting or merging steps changes the embeds with no list to edit.
import { langPaths, langPrefix, type Lang } from '../../lib/locales';
import { loadStory, type StoryStep } from '../story/loadStory';
import type { FigureId } from '../../scenes/types';
import { getSource } from '../../data/sources';
import { fill, messagesFor } from '../../i18n';

const FIGURE_IDS: readonly FigureId[] = ['map', 'hashrate', 'token-share', 'price-gap', 'power-price', 'energy', 'latency', 'experts'];

/** Sizes of the static images (src/static-figures/render.ts writes both). */
export const IMAGE = { width: 1200, height: 675, scale2x: 2 } as const;

/** A frame height for each figure where the parent cannot resize (oEmbed, the plain iframe snippet), in px at
 * 660 px wide: measured on the built embeds at 660 px (the first step of each figure, rounded up; the
 * width test in tests/e2e/embed-pages.spec.ts notes the heights). */
export const EMBED_HEIGHT: Record<FigureId, number> = {
  map: 800,
  hashrate: 840,
  'token-share': 700,
  'price-gap': 740,
  'power-price': 730,
  energy: 1500,
  latency: 840,
  experts: 700,
};

export interface EmbedStep {
  id: string;
  figure: FigureId;
  scene: string;
  /** Index among the figure's own steps. */
  index: number;
  /** The figure's title for this step (the chapter's for the map, the chart's name otherwise). */
  title: string;
  alt: string;
  /** "Source: publisher; publisher" from the step's sources. */
  source: string;
  urls: { embed: string; story: string; svg: string; png: string; png2x: string; oembed: string };
}

export interface EmbedFigure {
  id: FigureId;
  name: string;
  steps: EmbedStep[];
  urls: { embed: string; csv: string; sourcesCsv: string; oembed: string };
  /** The story steps themselves (scenes included), for rendering the figure. */
  storySteps: StoryStep[];
}

const publishers = (ids: string[]) => [...new Set(ids.flatMap((id) => getSource(id).publisher.split(/\s*;\s*/)).filter(Boolean))].join('; ');

export async function loadEmbeds(lang: string): Promise<EmbedFigure[]> {
  const t = messagesFor(lang).embed;
  const base = import.meta.env.BASE_URL;
  const prefix = langPrefix(lang);
  const chapters = await loadStory(lang);
  const figures: EmbedFigure[] = [];
  for (const id of FIGURE_IDS) {
    const storySteps = chapters.flatMap((c) => c.steps.filter((s) => s.figure === id));
    const embed = `${base}${prefix}embed/${id}/`;
    figures.push({
      id,
      name: t.figureNames[id],
      storySteps,
      urls: { embed, csv: `${embed}data.csv`, sourcesCsv: `${embed}sources.csv`, oembed: `${embed}oembed.json` },
      steps: storySteps.map((s, index) => {
        const chapter = chapters.find((c) => c.id === s.chapter);
        const figureDir = `${base}${prefix}figures/`;
        return {
          id: s.id,
          figure: id,
          scene: s.scene.id,
          index,
          title: id === 'map' ? (chapter?.title ?? t.figureNames.map) : t.figureNames[id],
          alt: s.alt,
          source: s.sources.length ? fill(t.sourceLine, { publishers: publishers(s.sources) }) : '',
          urls: {
            embed: `${embed}${s.id}/`,
            story: `${base}${prefix}#${s.id}`,
            svg: `${figureDir}${s.id}.svg`,
            png: `${figureDir}${s.id}.png`,
            png2x: `${figureDir}${s.id}@2x.png`,
            oembed: `${embed}${s.id}/oembed.json`,
          },
        };
      }),
    });
  }
  return figures;
}

/** Every language's embeddable figures (those with steps), with the `lang` route parameter of its pages. */
export async function embedsPerLang(): Promise<{ lang: Lang; params: { lang: string | undefined }; figures: EmbedFigure[] }[]> {
  return Promise.all(
    langPaths().map(async ({ params, props }) => ({ lang: props.lang, params, figures: (await loadEmbeds(props.lang)).filter((f) => f.steps.length > 0) })),
  );
}
