// Serves the built site (dist/, or the folder given by --dir / TA_OUT_DIR) on localhost.
// Static only, no dependencies: what you see here is what a static host serves.
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
//
// - GET and HEAD only (anything else: 405 with Allow).
// - Content negotiation: the build writes <file>.br and <file>.gz beside every text file
//   (src/integrations/precompress.ts); the best one the client accepts is sent with Content-Encoding (brotli
//   preferred, then gzip, by the q-values of Accept-Encoding; q=0 means not acceptable). A missing sibling means the
//   raw file. Every compressible response says Vary: Accept-Encoding, whichever encoding it carries.
// - Cache-Control: public, max-age=31536000, immutable under <base>_astro/ (hashed file names), no-cache otherwise.
// - A _headers file in the served folder (Netlify / Cloudflare Pages format) adds its headers to the responses whose
//   path (inside the site, without the base) matches; _headers itself is not served.
// - Unknown paths get 404.html (under /<lang>/, that language's /<lang>/404/) with status 404; malformed URLs (bad percent-encoding, NUL, `..`) get 400; no request
//   can reach a file outside the served folder; an unexpected error answers 500 and the server keeps running.
import { createServer, validateHeaderName, validateHeaderValue } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const root = resolve(args.dir ?? process.env.TA_OUT_DIR ?? 'dist');
const port = Number(args.port ?? process.env.PORT ?? 4321);
const base = `/${(args.base ?? process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
};
// The types the build precompresses (src/integrations/precompress.ts, TEXT_EXTENSIONS).
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.txt', '.csv', '.webmanifest']);
// Sibling suffix per content coding, in order of preference when the client rates them equally.
const codings = [
  ['br', '.br'],
  ['gzip', '.gz'],
];
// Host configuration files: never served.
const hidden = new Set(['/_headers', '/_redirects']);
// Headers a _headers rule may not set: they describe the bytes on the wire, which this server decides.
const reserved = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'vary']);
const MAX_PATH = 2048;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Parses Accept-Encoding into a map coding -> q (lower-case codings; `*` included if present).
 * A q-value that is not a number in [0, 1] makes its entry unacceptable (q = 0).
 */
function parseAcceptEncoding(header) {
  const q = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    let value = 1;
    for (const p of params) {
      const m = /^q\s*=\s*(.*)$/i.exec(p);
      if (!m) continue;
      value = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(m[1]) ? Number(m[1]) : 0;
    }
    q.set(name.toLowerCase(), value);
  }
  return q;
}

/** The content coding to send, out of `available` (['br', 'gzip'] or fewer), or 'identity'. */
function negotiate(header, available) {
  const q = parseAcceptEncoding(header);
  const rate = (c) => (q.has(c) ? q.get(c) : q.has('*') ? q.get('*') : 0);
  let best = 'identity';
  let bestQ = 0;
  for (const [c] of codings) {
    if (!available.includes(c)) continue;
    const r = rate(c);
    if (r > bestQ) [best, bestQ] = [c, r];
  }
  // identity is always acceptable unless excluded; it wins only when the client rates it above every coding.
  if (best !== 'identity' && q.has('identity') && q.get('identity') > bestQ) return 'identity';
  return best;
}

/** Rules of a Netlify / Cloudflare `_headers` file: [{ pattern: RegExp, headers: [[name, value]] }], in file order. */
function loadHeaderRules(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  let current = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      // Only paths (a rule for a full URL with a host names another site's address).
      current = path.startsWith('/') ? { pattern: globToRegExp(path), headers: [] } : null;
      if (current) rules.push(current);
      continue;
    }
    const m = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!current || !m) continue;
    try {
      validateHeaderName(m[1]);
      validateHeaderValue(m[1], m[2].trim());
    } catch {
      console.error(`serve: ignoring invalid header line in _headers: ${line.trim()}`);
      continue;
    }
    if (reserved.has(m[1].toLowerCase())) continue;
    current.headers.push([m[1], m[2].trim()]);
  }
  return rules;
}

function globToRegExp(pattern) {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

const headerRules = loadHeaderRules(join(root, '_headers'));
let realRoot = root;

/**
 * The request target -> the path inside the site ('/', '/sources/', '/_astro/x.js'), decoded, or a thrown 400.
 * Returns null for paths outside the base (404).
 */
function sitePath(target) {
  let t = String(target ?? '');
  // absolute-form (a proxy-style request line): keep the path.
  const abs = /^https?:\/\/[^/?#]*(.*)$/i.exec(t);
  if (abs) t = abs[1] || '/';
  if (!t.startsWith('/')) throw new HttpError(400, 'Bad request target');
  let path = t.split(/[?#]/, 1)[0];
  if (path.length > MAX_PATH) return null;
  try {
    path = decodeURIComponent(path);
  } catch {
    throw new HttpError(400, 'Malformed percent-encoding');
  }
  if (path.includes('\0')) throw new HttpError(400, 'NUL in path');
  if (path.includes('\\')) throw new HttpError(400, 'Backslash in path');
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) throw new HttpError(400, 'Dot segment in path');
  if (!path.startsWith(base)) return null;
  const inSite = `/${path.slice(base.length)}`;
  // An empty segment (`//`) names no file.
  return inSite.includes('//') ? null : inSite;
}

/** Path inside the site -> an existing regular file inside the root (directories -> their index.html), or null. */
async function fileFor(inSite) {
  if (inSite == null) return null;
  const p = resolve(root, `.${inSite}`);
  if (p !== root && !p.startsWith(root + sep)) return null;
  if (hidden.has(p.slice(root.length).split(sep).join('/').toLowerCase())) return null;
  try {
    let file = p;
    let s = await stat(file);
    if (s.isDirectory()) {
      file = join(file, 'index.html');
      s = await stat(file);
    } else if (inSite.endsWith('/')) {
      return null; // `/index.html/` names a folder, and there is none
    }
    if (!s.isFile()) return null;
    // Symbolic links may not lead out of the served folder.
    const real = await realpath(file);
    if (!real.startsWith(realRoot + sep)) return null;
    return { file, size: s.size };
  } catch {
    return null;
  }
}

/** Which file to send for `found` under the request's Accept-Encoding, and the headers that describe it. */
async function representation(found, acceptEncoding) {
  const ext = extname(found.file).toLowerCase();
  const headers = { 'content-type': types[ext] ?? 'application/octet-stream' };
  if (!compressible.has(ext)) return { file: found.file, size: found.size, headers };
  headers.vary = 'Accept-Encoding';
  const siblings = {};
  for (const [coding, suffix] of codings) {
    try {
      const s = await stat(found.file + suffix);
      if (s.isFile()) siblings[coding] = { file: found.file + suffix, size: s.size };
    } catch {
      // no sibling: that coding is not available for this file
    }
  }
  const coding = negotiate(acceptEncoding, Object.keys(siblings));
  if (coding === 'identity') return { file: found.file, size: found.size, headers };
  headers['content-encoding'] = coding;
  return { ...siblings[coding], headers };
}

async function send(req, res, status, found, inSite) {
  const rep = await representation(found, req.headers['accept-encoding']);
  const body = req.method === 'HEAD' ? null : await readFile(rep.file);
  const headers = {
    ...rep.headers,
    'cache-control': status === 200 && inSite.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-length': String(body ? body.length : rep.size),
  };
  for (const rule of headerRules) {
    if (!rule.pattern.test(inSite)) continue;
    for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  res.writeHead(status, headers);
  res.end(body ?? undefined);
}

function plain(res, status, text, extra = {}) {
  const body = `${text}\n`;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-cache',
    ...extra,
  });
  res.end(body);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
  const inSite = sitePath(req.url);
  const found = await fileFor(inSite);
  if (found) return send(req, res, 200, found, inSite);
  // Under /pt/ or /zh/ the 404 page is in that language (/pt/404/), elsewhere the English /404.html.
  const lang = inSite?.match(/^\/([a-z]{2})\//)?.[1];
  const notFound = (lang && (await fileFor(`/${lang}/404/`))) || (await fileFor('/404.html'));
  if (notFound) return send(req, res, 404, notFound, inSite ?? '/404.html');
  return plain(res, 404, 'Not found');
}

const server = createServer((req, res) => {
  handle(req, res).catch((e) => {
    const status = e instanceof HttpError ? e.status : 500;
    if (status === 500) console.error(`serve: ${req.method} ${req.url}: ${e?.stack ?? e}`);
    if (res.headersSent) return res.destroy();
    try {
      plain(res, status, status === 500 ? 'Internal server error' : `Bad request: ${e.message}`);
    } catch {
      res.destroy();
    }
  });
});
// Requests Node's parser rejects (raw control characters, oversized headers): answer 400 if the socket still
// can be written to, never throw.
server.on('clientError', (err, socket) => {
  if (socket.writable && !socket.writableEnded) {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  } else {
    socket.destroy();
  }
});
realRoot = await realpath(root).catch(() => root);
server.listen(port, '127.0.0.1', () => console.log(`Tokens Abroad: serving ${root} at http://localhost:${port}${base}`));
