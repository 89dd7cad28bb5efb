// Offline support: the worker registration never throws and never runs on /embed/ pages or in frames; the
// build's sw.js precaches the offline pages and leaves out embeds and compressed copies; the site zip holds the
// site without the .br/.gz copies. The last two read the built site (dist/ or TA_OUT_DIR), like the other
// build-output tests.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { registerServiceWorker } from '../../src/components/offline/registerServiceWorker';
import { IGNORED_PARAMS } from '../../src/integrations/service-worker';
import { ZIP_NAME } from '../../src/integrations/site-zip';

const out = process.env.TA_OUT_DIR ?? 'dist';

function stubBrowser(pathname: string, opts: { framed?: boolean; throws?: boolean } = {}) {
  const register = vi.fn(() => Promise.resolve({ waiting: null, addEventListener() {} }));
  const self = {};
  vi.stubGlobal('location', { pathname });
  vi.stubGlobal('document', { readyState: 'complete' });
  vi.stubGlobal('window', opts.framed ? { self, top: {} } : Object.assign(self, { self, top: self }));
  const sw = { register, addEventListener() {}, controller: null };
  vi.stubGlobal(
    'navigator',
    opts.throws
      ? Object.defineProperty({}, 'serviceWorker', {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
          enumerable: true,
        })
      : { serviceWorker: sw },
  );
  return register;
}

describe('service worker registration', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('registers sw.js at the base on ordinary pages', () => {
    const register = stubBrowser('/tokens-abroad/teach/');
    registerServiceWorker('/tokens-abroad/', null);
    expect(register).toHaveBeenCalledWith('/tokens-abroad/sw.js', { scope: '/tokens-abroad/' });
  });
  it('never registers on /embed/ pages or inside a frame', () => {
    const a = stubBrowser('/embed/map/');
    registerServiceWorker('/', null);
    expect(a).not.toHaveBeenCalled();
    const b = stubBrowser('/', { framed: true });
    registerServiceWorker('/', null);
    expect(b).not.toHaveBeenCalled();
  });
  it('never throws where service workers are denied', () => {
    stubBrowser('/', { throws: true });
    expect(() => registerServiceWorker('/', null)).not.toThrow();
  });
});

describe.runIf(existsSync(join(out, 'sw.js')))('the built service worker and zip', () => {
  const sw = () => readFileSync(join(out, 'sw.js'), 'utf8');
  it('precaches the offline pages, not embeds or compressed copies', () => {
    for (const page of ['"index.html"', '"present/index.html"', '"present/notes/index.html"', '"teach/index.html"', '"sources/index.html"'])
      expect(sw()).toContain(page);
    expect(sw()).not.toMatch(/"embed\//);
    expect(sw()).not.toMatch(/\.(br|gz|zip)"/);
    expect(sw()).toMatch(/SKIP_WAITING/);
  });
  it('ignores the URL parameters the pages read', () => {
    for (const p of ['step', 'lang', 'theme', 'initialWidth', 'childId', 'w', 'pue', 'tps', 'c'])
      expect(
        IGNORED_PARAMS.some((r) => r.test(p)),
        p,
      ).toBe(true);
    expect(IGNORED_PARAMS.some((r) => r.test('stepx'))).toBe(false);
  });
  it('zips the whole site for a classroom without a network', () => {
    const files = Object.keys(unzipSync(readFileSync(join(out, ZIP_NAME))));
    for (const f of ['index.html', 'present/index.html', 'present/notes/index.html', 'teach/index.html', 'sources/index.html', 'sw.js'])
      expect(files).toContain(`tokens-abroad/${f}`);
    expect(files.some((f) => f.startsWith('tokens-abroad/figures/') && f.endsWith('.svg'))).toBe(true);
    expect(files.filter((f) => /\.(br|gz|zip)$/.test(f))).toEqual([]);
  });
});
