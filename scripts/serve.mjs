// Serves the built site (dist/, or the folder given by --dir / TA_OUT_DIR) on localhost.
// Static only, no dependencies: what you see here is what a static host serves.
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const root = resolve(args.dir ?? process.env.TA_OUT_DIR ?? 'dist');
const port = Number(args.port ?? process.env.PORT ?? 4321);
const base = (args.base ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.xml': 'application/xml',
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let p = join(root, rel);
  if (!p.startsWith(root)) return null;
  try {
    if ((await stat(p)).isDirectory()) p = join(p, 'index.html');
    await stat(p);
    return p;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const p = await fileFor(url.pathname);
  if (!p) {
    const notFound = await fileFor(`${base}404.html`);
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound ? await readFile(notFound) : 'Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(await readFile(p));
});
server.listen(port, '127.0.0.1', () => console.log(`Tokens Abroad: serving ${root} at http://localhost:${port}${base}`));
