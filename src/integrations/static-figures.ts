// Astro integration: after the build, renders every story step's figure to <out>/figures/<step>.svg and .png
// and writes <out>/figures/index.json (see src/static-figures/render.ts). Uses the output folder and base path
// of the build itself, so TA_OUT_DIR and BASE_PATH builds get their own figures. TA_STATIC_FIGURES=0 skips
// them (a quicker build while working on something else; the static-figure tests then skip or fail).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { renderStaticFigures } from '../static-figures/render';

/** `langs`: the languages that have story pages (a language's figures are only useful once its pages exist). */
export default function staticFigures(options: { langs?: string[] } = {}): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'tokens-abroad:static-figures',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.TA_STATIC_FIGURES === '0') {
          logger.info('skipped (TA_STATIC_FIGURES=0)');
          return;
        }
        const t0 = performance.now();
        const results = await renderStaticFigures({ root, outDir: fileURLToPath(dir), base, langs: options.langs, log: (m) => logger.warn(m) });
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        for (const r of results) logger.info(`${r.lang}: ${r.entries.length} figures (SVG + PNG) in ${seconds} s`);
      },
    },
  };
}
