// Renders every story step's figure to <out>/figures/<step-id>.svg and .png (1200x675), and writes
// <out>/figures/index.json. Called by the Astro integration after the build (src/integrations/static-figures.ts)
// and by the unit tests for a few steps.
//
// How: a Vite SSR server of its own compiles the figure components with css: 'injected' (Astro's build
// extracts component CSS into files, so its render output has none) and loads entry.ts, which renders a
// scene with the component Figure.astro would pick. compose.ts turns that HTML + CSS into a standalone SVG;
// resvg draws the PNG with the font files from fonts.ts only.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createServer, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { Resvg } from '@resvg/resvg-js';
import { composeFigure, HEIGHT, WIDTH, type ComposedFigure, type FigureStep } from './compose';
import { fontsFor } from './fonts';
import { fill, messagesFor } from '../i18n';
import { STATIC_FIGURE_ENVIRONMENT } from '../lib/staticFigureStyle';
import { langPrefix } from '../lib/locales';
import type { RenderedScene } from './entry';

export interface StaticFigureOptions {
  /** Project root (where content/ and src/ are). */
  root: string;
  /** Build output folder; figures go to <outDir>/figures/ (other languages: <outDir>/<lang>/figures/). */
  outDir: string;
  /** The site's base path, for the URLs in index.json. */
  base?: string;
  /** Only these step ids (tests); all steps when omitted. */
  only?: string[];
  /** Languages to render; every language under content/ with a story when omitted. */
  langs?: string[];
  /** Write PNGs too (default true). */
  png?: boolean;
  log?: (message: string) => void;
}

export interface FigureIndexEntry {
  step: string;
  scene: string;
  figure: string;
  svg: string;
  png: string;
  /** The same image at twice the size (2400x1350). */
  png2x: string;
  alt: string;
}

export interface StaticFigureResult {
  lang: string;
  dir: string;
  entries: (FigureIndexEntry & { kind: ComposedFigure['kind']; svgFile: string; pngFile: string })[];
  warnings: string[];
}

interface Frontmatter {
  id: string;
  chapter: string;
  scene: string;
  alt: string;
  sources?: string[];
}

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  return parseYaml(m[1]) as Record<string, unknown>;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f));
}

/** A language's steps in reading order (path order, as the story page reads them), with chapter titles. */
export function readSteps(
  root: string,
  lang: string,
): { steps: (Frontmatter & { file: string })[]; chapters: Map<string, { title: string; kicker?: string }> } {
  const storyDir = join(root, 'content', lang, 'story');
  const steps = markdownFiles(storyDir)
    .map((file) => ({ file, rel: relative(storyDir, file).replace(/\\/g, '/') }))
    .sort((a, b) => a.rel.localeCompare(b.rel))
    .map(({ file }) => ({ ...(frontmatter(file) as unknown as Frontmatter), file }));
  const chapters = new Map<string, { title: string; kicker?: string }>();
  for (const file of markdownFiles(join(root, 'content', lang, 'chapters'))) {
    const fm = frontmatter(file) as { id: string; title: string; kicker?: string };
    chapters.set(fm.id, { title: fm.title, kicker: fm.kicker });
  }
  return { steps, chapters };
}

function storyLanguages(root: string): string[] {
  const content = join(root, 'content');
  return readdirSync(content, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(content, d.name, 'story')))
    .map((d) => d.name)
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

async function figureServer(root: string): Promise<ViteDevServer> {
  const cacheRoot = process.env.TA_CACHE_DIR ? resolve(process.env.TA_CACHE_DIR) : join(root, 'node_modules', '.astro');
  return createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    // One cache per mode: a dependency bundle made by the build (production svelte) and reused by vitest
    // (development svelte) would mix two svelte runtimes and break rendering.
    cacheDir: join(cacheRoot, `vite-static-figures-${process.env.NODE_ENV === 'production' ? 'production' : 'development'}`),
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // The project's svelte.config.js (its preprocessors and compiler options, as Astro's build uses them),
    // with one change: the component CSS comes back from render() instead of going to a CSS file.
    plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  });
}

export async function renderStaticFigures(options: StaticFigureOptions): Promise<StaticFigureResult[]> {
  const root = resolve(options.root);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const log = options.log ?? (() => {});
  const globalCss = readFileSync(join(root, 'src', 'styles', 'global.css'), 'utf8');
  const server = await figureServer(root);
  const results: StaticFigureResult[] = [];
  try {
    const entry = (await server.ssrLoadModule('/src/static-figures/entry.ts')) as {
      renderScene: (scene: string, lang: string) => RenderedScene;
      sourcePublishers: (ids: string[]) => string;
      stepText: (text: string, lang: string) => string;
    };
    for (const lang of options.langs ?? storyLanguages(root)) {
      const fonts = fontsFor(lang);
      const { steps, chapters } = readSteps(root, lang);
      const prefix = langPrefix(lang);
      const dir = join(options.outDir, prefix, 'figures');
      mkdirSync(dir, { recursive: true });
      const result: StaticFigureResult = { lang, dir, entries: [], warnings: [] };
      for (const s of steps) {
        if (options.only && !options.only.includes(s.id)) continue;
        const rendered = entry.renderScene(s.scene, lang);
        const chapter = chapters.get(s.chapter);
        const tf = messagesFor(lang).figures;
        const step: FigureStep = {
          id: s.id,
          scene: s.scene,
          figure: rendered.figure,
          alt: entry.stepText(s.alt, lang),
          lang,
          fallbackTitle: chapter?.title ?? s.chapter,
          kicker: chapter?.kicker,
          stepSource: s.sources?.length ? fill(tf.sourceLine, { label: tf.sourceLabel, publishers: entry.sourcePublishers(s.sources) }) : '',
          sourceLabel: tf.sourceLabel,
          credit: tf.credit,
        };
        const composed = composeFigure({ head: rendered.head, body: rendered.body, globalCss, step, fonts, env: STATIC_FIGURE_ENVIRONMENT });
        result.warnings.push(...composed.warnings);
        const svgFile = join(dir, `${s.id}.svg`);
        const pngFile = join(dir, `${s.id}.png`);
        const png2xFile = join(dir, `${s.id}@2x.png`);
        writeFileSync(svgFile, composed.svg);
        // resvg's synchronous render: renderAsync was several times slower here (measured, resvg-js 2.6.2).
        // Two PNGs: 1200x675 (social cards, the embed's Image link) and 2x for print and retina pages.
        if (options.png !== false) {
          for (const [scale, file] of [
            [1, pngFile],
            [2, png2xFile],
          ] as const) {
            const img = new Resvg(composed.svg, {
              fitTo: { mode: 'width', value: WIDTH * scale },
              font: {
                loadSystemFonts: false,
                fontFiles: fonts.files,
                defaultFontFamily: fonts.defaultFamily,
                sansSerifFamily: fonts.defaultFamily,
                serifFamily: fonts.serifFamily,
              },
            }).render();
            if (img.width !== WIDTH * scale || img.height !== HEIGHT * scale)
              throw new Error(`${s.id}: PNG is ${img.width}x${img.height}, not ${WIDTH * scale}x${HEIGHT * scale}`);
            writeFileSync(file, img.asPng());
          }
        }
        result.entries.push({
          step: s.id,
          scene: s.scene,
          figure: rendered.figure,
          svg: `${base}${prefix}figures/${s.id}.svg`,
          png: `${base}${prefix}figures/${s.id}.png`,
          png2x: `${base}${prefix}figures/${s.id}@2x.png`,
          alt: step.alt,
          kind: composed.kind,
          svgFile,
          pngFile,
        });
      }
      const index: FigureIndexEntry[] = result.entries.map(({ step, scene, figure, svg, png, png2x, alt }) => ({ step, scene, figure, svg, png, png2x, alt }));
      if (!options.only) writeFileSync(join(dir, 'index.json'), JSON.stringify(index, null, 2) + '\n');
      for (const w of result.warnings) log(w);
      results.push(result);
    }
  } finally {
    await server.close();
  }
  return results;
}
