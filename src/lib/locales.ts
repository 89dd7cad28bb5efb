// The site's languages and the addresses of their pages. English lives at the root, every other language under
// its own folder (/pt/, /zh/). Pure: pages and components pass in Astro's base, tests call it directly.
// Astro's i18n routing is not used: its rewrite fallback cannot build in parallel (withastro/astro #17533) and the
// site has no fallback pages to write, since every language builds every page from its own content.

export const LANGS = ['en', 'pt', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';
/** The languages that live in a folder of their own. */
export const PREFIXED_LANGS = LANGS.filter((l) => l !== DEFAULT_LANG);

/** The `<html lang>` of each language (BCP 47): Chinese is written in simplified characters, Portuguese as in Brazil. */
const HTML_LANG: Record<Lang, string> = { en: 'en', pt: 'pt-BR', zh: 'zh-Hans' };
/** Each language's name in itself, as the switcher offers it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', pt: 'Português', zh: '中文' };
/** The short form the switcher shows on phones. */
export const LANG_CODES: Record<Lang, string> = { en: 'EN', pt: 'PT', zh: '中文' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function htmlLang(lang: string): string {
  return isLang(lang) ? HTML_LANG[lang] : lang;
}

/** The folder of a language's pages, with a trailing slash ('' for English). */
export function langPrefix(lang: string): string {
  return lang === DEFAULT_LANG || !isLang(lang) ? '' : `${lang}/`;
}

/** The address of a page in a language: localeHref('/', 'pt', 'sources/') is '/pt/sources/'. */
export function localeHref(base: string, lang: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${langPrefix(lang)}${path.replace(/^\//, '')}`;
}

/**
 * Which language a path under the site's base is in, and the path's language-neutral rest:
 * '/pt/present/' gives { lang: 'pt', rest: 'present/' }; '/present/' gives { lang: 'en', rest: 'present/' }.
 */
export function splitLocalePath(base: string, pathname: string): { lang: Lang; rest: string } {
  const b = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const first = inside.split('/')[0];
  if (first !== DEFAULT_LANG && isLang(first) && (inside === first || inside.startsWith(`${first}/`))) {
    return { lang: first, rest: inside.slice(first.length + 1) };
  }
  return { lang: DEFAULT_LANG, rest: inside };
}

/** A 404 page ('404.html', '404/'): it has no address of its own in another language. */
export function isNotFoundPath(rest: string): boolean {
  return /^404(\.html|\/)?$/.test(rest);
}

/** The same page in every language, for the switcher and the hreflang alternates; from a 404 page, each home page. */
export function alternates(base: string, pathname: string): { lang: Lang; href: string }[] {
  const { rest } = splitLocalePath(base, pathname);
  const same = isNotFoundPath(rest) ? '' : rest;
  return LANGS.map((lang) => ({ lang, href: localeHref(base, lang, same) }));
}

/** getStaticPaths of a page built once per language (a `[...lang]` route): English at the root, lang undefined. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}

/** A page address with the reader's step as its hash (or none): withStep('/pt/', 'tokens-full') is '/pt/#tokens-full'. */
export function withStep(href: string, stepId: string | null): string {
  const bare = href.split('#')[0];
  return stepId && /^[a-z0-9-]+$/.test(stepId) ? `${bare}#${stepId}` : bare;
}
