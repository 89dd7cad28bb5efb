// Renders the static figures into an existing build without rebuilding the site (the build does this
// itself, through src/integrations/static-figures.ts). Usage: node scripts/static-figures.mjs [--out dist]
// [--only step-a,step-b] [--no-png]. Handy while working on src/static-figures/.
import { createServer } from 'vite';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = process.cwd();
const outDir = resolve(opt('out') ?? process.env.TA_OUT_DIR ?? 'dist');
const loader = await createServer({
  root,
  configFile: false,
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { renderStaticFigures } = await loader.ssrLoadModule('/src/static-figures/render.ts');
  const t0 = performance.now();
  const results = await renderStaticFigures({
    root,
    outDir,
    base: process.env.BASE_PATH || '/',
    only: opt('only')?.split(','),
    png: !args.includes('--no-png'),
    log: (m) => console.warn(m),
  });
  for (const r of results) console.log(`${r.lang}: ${r.entries.length} figures in ${r.dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
} finally {
  await loader.close();
}
