// scripts/serve.mjs as a child process over a temporary site: content negotiation, caching, 404, methods,
// malformed and hostile request targets, _headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

const SERVE = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/serve.mjs');

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let tmp: string;
let site: string;
const files: Record<string, Buffer> = {
  'index.html': Buffer.from(`<!doctype html><title>home</title>${'<p>Tokens Abroad home</p>'.repeat(100)}`),
  '404.html': Buffer.from(`<!doctype html><title>Not found</title>${'<p>This page does not exist.</p>'.repeat(20)}`),
  'sources/index.html': Buffer.from(`<!doctype html><title>sources</title>${'<li>source</li>'.repeat(50)}`),
  '_astro/app.Ab12Cd.js': Buffer.from(`export const steps = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `step-${i}`))};`),
  'only-gz.css': Buffer.from('body { margin: 0 }\n'.repeat(40)), // a .gz sibling but no .br
  'raw.txt': Buffer.from('no siblings at all\n'.repeat(10)),
  'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]),
  _headers: Buffer.from(
    [
      '# host configuration',
      '/*',
      '  X-Frame-Options: DENY',
      '  X-Test: all',
      '/_astro/*',
      '  X-Test: astro',
      '/sources/',
      '  Cache-Control: public, max-age=60',
      '  Content-Length: 1',
      'https://other.example/*',
      '  X-Other: yes',
      '',
    ].join('\n'),
  ),
};
const SECRET = 'TOP SECRET: outside the served folder';

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

async function startServe(dir: string, extra: string[] = []): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, '--dir', dir, '--port', String(port), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((res, rej) => {
    const t = setTimeout(() => rej(new Error(`serve.mjs did not start: ${out}`)), 10_000);
    child.stdout!.on('data', () => {
      if (out.includes('serving')) {
        clearTimeout(t);
        res();
      }
    });
    child.once('exit', (code) => rej(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
  return { child, port, output: () => out };
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Res> {
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false, timeout: 5000 }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on('error', rej);
    req.end();
  });
}

/** Sends a request line as given (no client-side normalisation or validation) and reads the status and body. */
function raw(port: number, target: string, method = 'GET'): Promise<{ status: number; text: string }> {
  return new Promise((res, rej) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      rej(new Error(`no answer within 5 s to ${method} ${JSON.stringify(target.slice(0, 80))}`));
    }, 5000);
    socket.on('connect', () => socket.write(Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, 'latin1')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => {
      clearTimeout(timer);
      rej(e);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      res({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
  });
}

function decode(r: Res): Buffer {
  const enc = r.headers['content-encoding'];
  if (enc === 'br') return brotliDecompressSync(r.body);
  if (enc === 'gzip') return gunzipSync(r.body);
  return r.body;
}

let server: Awaited<ReturnType<typeof startServe>>;
let port: number;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ta-serve-'));
  site = join(tmp, 'site');
  for (const [name, buf] of Object.entries(files)) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), buf);
    if (/\.(html|js)$/.test(name)) {
      writeFileSync(join(site, `${name}.br`), brotliCompressSync(buf));
      writeFileSync(join(site, `${name}.gz`), gzipSync(buf, { level: 9 }));
    }
  }
  writeFileSync(join(site, 'only-gz.css.gz'), gzipSync(files['only-gz.css']));
  writeFileSync(join(tmp, 'secret.txt'), SECRET);
  symlinkSync(join(tmp, 'secret.txt'), join(site, 'link-out.txt'));
  server = await startServe(site);
  port = server.port;
});

afterAll(() => {
  server?.child.kill();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('serve.mjs: content negotiation', () => {
  const cases: [string | undefined, string][] = [
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['BR', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0, gzip; q=0.1', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.5', 'br'],
    ['gzip;q=1, br;q=1.000', 'br'],
    ['br;q=0.0, gzip;q=0.000', 'identity'],
    ['br;q=nonsense, gzip', 'gzip'],
    ['br;q=2, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['*;q=0', 'identity'],
    ['gzip;q=0.5, identity;q=1', 'identity'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    [',,;q=, br', 'br'],
  ];
  for (const [accept, want] of cases) {
    it(`Accept-Encoding ${JSON.stringify(accept)} -> ${want}`, async () => {
      const r = await get(port, '/', accept == null ? {} : { 'accept-encoding': accept });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding'] ?? 'identity').toBe(want);
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(decode(r).equals(files['index.html'])).toBe(true);
    });
  }

  it('serves the raw file when a sibling is missing, still with Vary', async () => {
    const css = await get(port, '/only-gz.css', { 'accept-encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(decode(css).equals(files['only-gz.css'])).toBe(true);
    const cssBrOnly = await get(port, '/only-gz.css', { 'accept-encoding': 'br' });
    expect(cssBrOnly.headers['content-encoding']).toBeUndefined();
    expect(cssBrOnly.body.equals(files['only-gz.css'])).toBe(true);
    const txt = await get(port, '/raw.txt', { 'accept-encoding': 'br, gzip' });
    expect(txt.status).toBe(200);
    expect(txt.headers['content-encoding']).toBeUndefined();
    expect(txt.headers.vary).toBe('Accept-Encoding');
    expect(Number(txt.headers['content-length'])).toBe(files['raw.txt'].length);
    expect(txt.body.equals(files['raw.txt'])).toBe(true);
  });

  it('does not negotiate (or say Vary) for files that are not text', async () => {
    const r = await get(port, '/image.png', { 'accept-encoding': 'br, gzip' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toBeUndefined();
    expect(Number(r.headers['content-length'])).toBe(files['image.png'].length);
    expect(r.body.equals(files['image.png'])).toBe(true);
  });
});

describe('serve.mjs: caching', () => {
  it('hashed assets under /_astro/ are immutable for a year', async () => {
    const r = await get(port, '/_astro/app.Ab12Cd.js', { 'accept-encoding': 'gzip, br' });
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['content-encoding']).toBe('br');
    expect(decode(r).equals(files['_astro/app.Ab12Cd.js'])).toBe(true);
  });

  it('pages and other files are revalidated; a missing asset is not cached', async () => {
    expect((await get(port, '/')).headers['cache-control']).toBe('no-cache');
    expect((await get(port, '/image.png')).headers['cache-control']).toBe('no-cache');
    const missing = await get(port, '/_astro/gone.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
  });
});

describe('serve.mjs: pages, 404, methods', () => {
  it('serves folders by their index.html, with or without the trailing slash', async () => {
    for (const p of ['/sources/', '/sources']) {
      const r = await get(port, p);
      expect(r.status, p).toBe(200);
      expect(r.body.equals(files['sources/index.html']), p).toBe(true);
    }
    expect((await get(port, '/?w=700&pue=1.5')).status).toBe(200);
  });

  it('answers an unknown path with 404.html and status 404, negotiated like any page', async () => {
    const r = await get(port, '/no/such/page/');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body.equals(files['404.html'])).toBe(true);
    const br = await get(port, '/no/such/page/', { 'accept-encoding': 'br' });
    expect(br.status).toBe(404);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(decode(br).equals(files['404.html'])).toBe(true);
    expect((await get(port, '/index.html/')).status).toBe(404);
  });

  it('HEAD sends the headers GET would, and no body', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const g = await get(port, '/', { 'accept-encoding': accept });
      const h = await get(port, '/', { 'accept-encoding': accept }, 'HEAD');
      expect(h.status).toBe(200);
      expect(h.body.length).toBe(0);
      for (const k of ['content-type', 'content-length', 'content-encoding', 'vary', 'cache-control'])
        expect(h.headers[k], `${accept} ${k}`).toBe(g.headers[k]);
    }
    const h404 = await get(port, '/nope', {}, 'HEAD');
    expect(h404.status).toBe(404);
    expect(Number(h404.headers['content-length'])).toBe(files['404.html'].length);
    expect(h404.body.length).toBe(0);
  });

  it('other methods get 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      const r = await get(port, '/', {}, method);
      expect(r.status, method).toBe(405);
      expect(r.headers.allow, method).toBe('GET, HEAD');
    }
    // A method Node's HTTP parser does not know never reaches the handler: Node answers 400 itself.
    expect((await raw(port, '/', 'BREW')).status).toBe(400);
    expect((await get(port, '/')).status).toBe(200);
  });
});

describe('serve.mjs: malformed and hostile requests', () => {
  const malformed = [
    '/%',
    '/%E0%A4%A',
    '/%E0%A4',
    '/%zz',
    '/..%2f..%2fetc/passwd',
    '/..%2F..%2Fetc%2Fpasswd',
    '//',
    '///etc/passwd',
    '/a%00b',
    '/index.html%00.png',
    '/a\0b',
    `/${'a'.repeat(300)}`,
    `/${'a'.repeat(3000)}`,
    `/${'abc/'.repeat(1000)}`,
    '/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd',
    '/..\\..\\etc\\passwd',
    '/%5c..%5c..%5cetc%5cpasswd',
    '*',
    'index.html',
  ];
  for (const target of malformed) {
    it(`${JSON.stringify(target.length > 60 ? `${target.slice(0, 40)}… (${target.length} chars)` : target)} -> 400 or 404, and the server still answers`, async () => {
      const r = await raw(port, target);
      expect([400, 404]).toContain(r.status);
      expect((await get(port, '/')).status).toBe(200);
    });
  }

  it('a request line longer than Node accepts is refused, and the server still answers', async () => {
    const r = await raw(port, `/${'a'.repeat(20_000)}`);
    expect([400, 404, 414, 431]).toContain(r.status);
    expect((await get(port, '/')).status).toBe(200);
  });

  const traversal = [
    '/../secret.txt',
    '/../../secret.txt',
    '/_astro/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/./../secret.txt',
    '/sources/%2e%2e/%2e%2e/secret.txt',
    'http://localhost/../secret.txt',
    '/link-out.txt',
  ];
  for (const target of traversal) {
    it(`no way out of the served folder: ${target}`, async () => {
      const r = await raw(port, target);
      expect([400, 404]).toContain(r.status);
      expect(r.text).not.toContain(SECRET);
    });
  }

  it('never crashed: the server process is still running and logged no 500', () => {
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/serve: .*Error/);
  });
});

describe('serve.mjs: _headers', () => {
  it('applies every matching rule in file order; later rules override earlier ones', async () => {
    const home = await get(port, '/');
    expect(home.headers['x-frame-options']).toBe('DENY');
    expect(home.headers['x-test']).toBe('all');
    const js = await get(port, '/_astro/app.Ab12Cd.js');
    expect(js.headers['x-frame-options']).toBe('DENY');
    expect(js.headers['x-test']).toBe('astro');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('can set Cache-Control for a path, but not the headers that describe the bytes on the wire', async () => {
    const r = await get(port, '/sources/', { 'accept-encoding': 'br' });
    expect(r.headers['cache-control']).toBe('public, max-age=60');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(decode(r).equals(files['sources/index.html'])).toBe(true);
    expect((await get(port, '/sources')).headers['cache-control']).toBe('no-cache'); // pattern is exact
  });

  it('ignores rules for other hosts and applies to the 404 page too', async () => {
    const r = await get(port, '/missing');
    expect(r.status).toBe(404);
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['x-other']).toBeUndefined();
  });

  it('does not serve _headers itself', async () => {
    for (const p of ['/_headers', '/_headers/', '/_HEADERS', '/%5fheaders']) {
      const r = await get(port, p);
      expect(r.status, p).toBe(404);
      expect(r.body.toString(), p).not.toContain('X-Frame-Options');
    }
  });
});

describe('serve.mjs: --base', () => {
  it('serves the site under the base path only, with _astro immutable and _headers paths relative to the site', async () => {
    const b = await startServe(site, ['--base', '/tokens-abroad/']);
    try {
      const home = await get(b.port, '/tokens-abroad/', { 'accept-encoding': 'br' });
      expect(home.status).toBe(200);
      expect(home.headers['content-encoding']).toBe('br');
      expect(home.headers['x-frame-options']).toBe('DENY');
      const js = await get(b.port, '/tokens-abroad/_astro/app.Ab12Cd.js');
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(js.headers['x-test']).toBe('astro');
      const outside = await get(b.port, '/');
      expect(outside.status).toBe(404);
      expect(outside.body.equals(files['404.html'])).toBe(true);
      expect((await get(b.port, '/_astro/app.Ab12Cd.js')).status).toBe(404);
      expect((await raw(b.port, '/tokens-abroad/%')).status).toBe(400);
    } finally {
      b.child.kill();
    }
  });
});
