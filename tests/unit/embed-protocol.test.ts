// The embed's URL flags and its messages to the parent page, checked against what the real parent libraries
// parse: pym.js 1.3.2's regular expression and @newswire/frames 1.0.0's handler (both read from node_modules).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { embedInLanguage, embedQuery, parseEmbedParams } from '../../src/lib/embedParams';
import { ampSize, frameHeight, heightMessages, pymHeight, readParentMessage, wordPressHeight } from '../../src/lib/embedMessages';
import { createResizeChild } from '../../src/lib/embedResize';

const LANGS = ['en'];
// The same fuzz set the calculator's URL state passes (tests/unit/urlState.test.ts), plus embed-specific values.
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%E0%A4%A',
  '\u0000',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
  '1e309',
  'NaN',
  '-1',
  ' light',
  'LIGHT',
  'dark;',
  '../../etc/passwd',
  '😀',
];

describe('parseEmbedParams', () => {
  test('defaults', () => {
    expect(parseEmbedParams('', '', LANGS)).toEqual({ theme: 'auto', plain: false, static: false, lang: null, childId: null, secret: null });
  });
  test('every valid flag', () => {
    const p = parseEmbedParams('?theme=dark&plain=1&static=1&lang=en&childId=chart_1-a', '#?secret=AbC123xyZ0', LANGS);
    expect(p).toEqual({ theme: 'dark', plain: true, static: true, lang: 'en', childId: 'chart_1-a', secret: 'AbC123xyZ0' });
  });
  test('pym appends its own parameters after ours', () => {
    const p = parseEmbedParams('?step=x&theme=light&initialWidth=660&childId=embed-1&parentTitle=A%20B&parentUrl=https%3A%2F%2Fe.x', '', LANGS);
    expect(p.theme).toBe('light');
    expect(p.childId).toBe('embed-1');
  });
  test('WordPress keeps its own hash before the secret', () => {
    expect(parseEmbedParams('', '#cable-route?secret=abcdefghij', LANGS).secret).toBe('abcdefghij');
    expect(parseEmbedParams('', '#secret=abcdefghij', LANGS).secret).toBeNull();
  });
  test.each(HOSTILE)('hostile value %j falls back to the defaults and never throws', (v) => {
    const e = encodeURIComponent(v);
    const raw = `?theme=${v}&plain=${v}&static=${v}&lang=${v}&childId=${v}&step=${v}`;
    for (const search of [raw, `?theme=${e}&plain=${e}&static=${e}&lang=${e}&childId=${e}`]) {
      const p = parseEmbedParams(search, `#?secret=${v}`, LANGS);
      expect(p.theme).toBe('auto');
      expect(p.lang).toBeNull();
      expect(p.plain).toBe(false);
      expect(p.static).toBe(false);
      expect(p.childId === null || /^[A-Za-z0-9_-]{1,64}$/.test(p.childId)).toBe(true);
      expect(p.secret === null || /^[A-Za-z0-9]{1,32}$/.test(p.secret)).toBe(true);
    }
  });
  test('childId is allow-listed', () => {
    for (const bad of ['a b', 'a"b', 'x'.repeat(65), '', 'a<b', 'a.b'])
      expect(parseEmbedParams(`?childId=${encodeURIComponent(bad)}`, '', LANGS).childId).toBeNull();
  });
  test('embedQuery writes only what differs from the default, and parses back', () => {
    expect(embedQuery({ theme: 'auto' })).toBe('');
    const q = embedQuery({ theme: 'dark', plain: true, static: true });
    expect(q).toBe('?theme=dark&plain=1&static=1');
    expect(parseEmbedParams(q, '', LANGS)).toMatchObject({ theme: 'dark', plain: true, static: true });
  });
});

describe('embedInLanguage', () => {
  const at = (href: string) => new URL(href, 'https://x.example');
  test('?lang= moves an embed to the same embed in that language, keeping the other flags and the hash', () => {
    expect(embedInLanguage(at('/embed/map/?lang=pt&theme=dark#tokens-full'), '/', 'pt')).toBe('/pt/embed/map/?theme=dark#tokens-full');
    expect(embedInLanguage(at('/pt/embed/hashrate/coins-crackdown/?lang=zh'), '/', 'zh')).toBe('/zh/embed/hashrate/coins-crackdown/');
    expect(embedInLanguage(at('/zh/embed/map/?lang=en'), '/', 'en')).toBe('/embed/map/');
    expect(embedInLanguage(at('/base/embed/map/?lang=pt&step=cable-1858'), '/base/', 'pt')).toBe('/base/pt/embed/map/?step=cable-1858');
  });
  test('stays when the page is in that language already, or no (known) language was asked for', () => {
    expect(embedInLanguage(at('/pt/embed/map/?lang=pt'), '/', 'pt')).toBeNull();
    expect(embedInLanguage(at('/embed/map/'), '/', null)).toBeNull();
    expect(parseEmbedParams('?lang=de', '', ['en', 'pt', 'zh']).lang).toBeNull();
  });
});

describe('height messages', () => {
  test('frameHeight rounds up and refuses what cannot be sent', () => {
    expect(frameHeight(480.2)).toBe(481);
    expect(frameHeight(480)).toBe(480);
    for (const bad of [0, -5, NaN, Infinity]) expect(frameHeight(bad)).toBeNull();
  });

  test("pym's own parent regular expression reads the height string", () => {
    // pym.v1.js builds it from ['pym', id, '(\\S+)', '(.*)'] joined with 'xPYMx' (checked against the file).
    const src = readFileSync('node_modules/pym.js/dist/pym.v1.js', 'utf8');
    expect(src).toContain("var bits = ['pym', id, '(\\\\S+)', '(.*)'];");
    expect(src).toContain("var MESSAGE_DELIMITER = 'xPYMx';");
    const m = new RegExp('^pymxPYMx' + 'embed-1' + 'xPYMx(\\S+)xPYMx(.*)$').exec(pymHeight('embed-1', 512));
    expect(m?.[1]).toBe('height');
    expect(parseInt(m![2], 10)).toBe(512);
  });

  test('@newswire/frames parent handler sets the height from embed-size (run against the real UMD file)', () => {
    const src = readFileSync('node_modules/@newswire/frames/dist/frames.umd.js', 'utf8');
    const lib: Record<string, (...a: unknown[]) => unknown> = {};
    const listeners: ((e: unknown) => void)[] = [];
    const fakeWindow = { addEventListener: (_: string, fn: (e: unknown) => void) => listeners.push(fn), removeEventListener: () => undefined };
    new Function('window', 'exports', 'module', 'define', src).call(lib, fakeWindow, undefined, undefined, undefined);
    const frames = (lib as { newswireFrames?: Record<string, (...a: unknown[]) => unknown> }).newswireFrames ?? lib;
    const attrs: Record<string, unknown> = {};
    const contentWindow = { postMessage: () => undefined };
    frames.observeIframe({ contentWindow, setAttribute: (k: string, v: unknown) => (attrs[k] = v) });
    for (const fn of listeners) fn({ source: contentWindow, data: ampSize(733) });
    expect(attrs.height).toBe(733);
    for (const fn of listeners) fn({ source: contentWindow, data: pymHeight('any', 640) });
    expect(attrs.height).toBe('640');
    // Why the child never posts null: the real handler throws on it.
    expect(() => listeners[0]({ source: contentWindow, data: null })).toThrow();
  });

  test('WordPress message shape', () => {
    expect(wordPressHeight(300, 'abc')).toEqual({ message: 'height', value: 300, secret: 'abc' });
  });

  test('heightMessages: AMP always, pym with a child id, WordPress with a secret; never null', () => {
    expect(heightMessages(100, { childId: null, secret: null })).toEqual([ampSize(100)]);
    const all = heightMessages(100, { childId: 'c', secret: 's' });
    expect(all).toEqual([ampSize(100), 'pymxPYMxcxPYMxheightxPYMx100', wordPressHeight(100, 's')]);
    expect(all.every((m) => m !== null && m !== undefined)).toBe(true);
  });

  test('readParentMessage: pym width for this child, frames-init; anything else is ignored', () => {
    expect(readParentMessage('pymxPYMxc1xPYMxwidthxPYMx640', 'c1')).toEqual({ kind: 'pym-width', width: 640 });
    expect(readParentMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'c1')).toBeNull();
    expect(readParentMessage('pymxPYMxc1xPYMxwidthxPYMx640', null)).toBeNull();
    expect(readParentMessage({ sentinel: 'amp', type: 'frames-init' }, null)).toEqual({ kind: 'frames-init' });
    for (const junk of [null, undefined, 0, '', 'pym', {}, [], { sentinel: 'amp' }, { type: 'frames-init' }, 'pymxPYMxc1xPYMxwidthxPYMxabc'])
      expect(readParentMessage(junk, 'c1')).toBeNull();
  });
});

describe('createResizeChild', () => {
  test('sends every protocol, answers the parent, survives a throwing parent or measure', () => {
    const posted: unknown[] = [];
    let h = 321.4;
    const child = createResizeChild({ post: (m) => posted.push(m), measure: () => h, childId: 'c1', secret: 'zz' });
    expect(child.send()).toBe(322);
    expect(posted).toEqual([ampSize(322), pymHeight('c1', 322), wordPressHeight(322, 'zz')]);
    h = 500;
    expect(child.receive({ sentinel: 'amp', type: 'frames-init' })).toBe(true);
    expect(child.receive('pymxPYMxc1xPYMxwidthxPYMx300')).toBe(true);
    expect(child.receive('hello')).toBe(false);
    expect(posted.filter((m) => m === pymHeight('c1', 500))).toHaveLength(2);
    // A zero height (not laid out yet) sends nothing.
    h = 0;
    const before = posted.length;
    expect(child.send()).toBeNull();
    expect(posted.length).toBe(before);
    const angry = createResizeChild({
      post: () => {
        throw new Error('refused');
      },
      measure: () => {
        throw new Error('no layout');
      },
      childId: null,
      secret: null,
    });
    expect(() => angry.send()).not.toThrow();
  });
});
