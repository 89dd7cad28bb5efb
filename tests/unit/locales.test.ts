import { describe, expect, it } from 'vitest';
import { alternates, htmlLang, isLang, langPrefix, localeHref, splitLocalePath, withStep } from '../../src/lib/locales';

describe('locales', () => {
  it('knows its languages and their html lang', () => {
    expect(isLang('pt')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(htmlLang('zh')).toBe('zh-Hans');
    expect(htmlLang('pt')).toBe('pt-BR');
    expect(htmlLang('en')).toBe('en');
  });
  it('puts English at the root and other languages in a folder, under any base', () => {
    expect(langPrefix('en')).toBe('');
    expect(langPrefix('zh')).toBe('zh/');
    expect(localeHref('/', 'pt', 'sources/')).toBe('/pt/sources/');
    expect(localeHref('/', 'en', 'sources/')).toBe('/sources/');
    expect(localeHref('/tokens-abroad/', 'zh', '/present/notes/')).toBe('/tokens-abroad/zh/present/notes/');
    expect(localeHref('/tokens-abroad', 'zh')).toBe('/tokens-abroad/zh/');
  });
  it('splits a path into its language and the rest', () => {
    expect(splitLocalePath('/', '/pt/present/')).toEqual({ lang: 'pt', rest: 'present/' });
    expect(splitLocalePath('/', '/zh/')).toEqual({ lang: 'zh', rest: '' });
    expect(splitLocalePath('/', '/present/')).toEqual({ lang: 'en', rest: 'present/' });
    // A page whose name only starts like a language code is English.
    expect(splitLocalePath('/', '/ptolemy/')).toEqual({ lang: 'en', rest: 'ptolemy/' });
    expect(splitLocalePath('/base/', '/base/zh/teach/')).toEqual({ lang: 'zh', rest: 'teach/' });
  });
  it('gives the same page in every language', () => {
    expect(alternates('/', '/pt/sources/').map((a) => a.href)).toEqual(['/sources/', '/pt/sources/', '/zh/sources/']);
    // From a page that does not exist, each language's home.
    expect(alternates('/', '/404.html').map((a) => a.href)).toEqual(['/', '/pt/', '/zh/']);
    expect(alternates('/base/', '/base/zh/404/').map((a) => a.href)).toEqual(['/base/', '/base/pt/', '/base/zh/']);
  });
});

describe('withStep', () => {
  it('puts the step in the hash, replacing any hash, and drops ids that are not step ids', () => {
    expect(withStep('/pt/', 'tokens-full')).toBe('/pt/#tokens-full');
    expect(withStep('/pt/#old', 'cable-1858')).toBe('/pt/#cable-1858');
    expect(withStep('/zh/#old', null)).toBe('/zh/');
    expect(withStep('/zh/', '"><img')).toBe('/zh/');
  });
});
