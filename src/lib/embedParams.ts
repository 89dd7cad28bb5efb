// The URL flags of an embed page, parsed defensively: the values come from whoever wrote the snippet (or a
// newsroom's CMS, or an attacker), so anything unexpected falls back to the default and nothing here ever
// reaches the DOM as markup. Pure; the step itself is read by src/lib/urlStep.ts (the URL driver).
//
//   theme=auto|light|dark   plain=1 (figure only)   static=1 (the static image, no script)   lang=<known code>
//   childId=<pym id>        #?secret=<WordPress secret>

import { localeHref, splitLocalePath } from './locales';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedParams {
  theme: EmbedTheme;
  plain: boolean;
  static: boolean;
  /** A language the site has, asked for with ?lang=; null when absent or unknown (the page keeps its own). */
  lang: string | null;
  /** pym.js child id, allow-listed; null when absent or not acceptable. */
  childId: string | null;
  /** WordPress's embed secret from `#?secret=`, allow-listed; null when absent. */
  secret: string | null;
}

const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECRET = /^[A-Za-z0-9]{1,32}$/;

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

const flag = (v: string | null) => v === '1' || v === 'true';

/** The flags of an embed URL; `langs` are the languages the site has. */
export function parseEmbedParams(search: string, hash: string, langs: readonly string[]): EmbedParams {
  const q = params(search);
  const theme = q.get('theme');
  const lang = q.get('lang');
  const childId = q.get('childId');
  // WordPress appends "#?secret=abc123XYZ0" to the iframe URL (and keeps any #hash of its own before it).
  const secretMatch = /(?:^#|&|\?)secret=([^&#]*)/.exec(hash.includes('?') ? hash.slice(hash.indexOf('?')) : '');
  const secret = secretMatch?.[1] ?? null;
  return {
    theme: (EMBED_THEMES as readonly string[]).includes(theme ?? '') ? (theme as EmbedTheme) : 'auto',
    plain: flag(q.get('plain')),
    static: flag(q.get('static')),
    lang: lang && langs.includes(lang) ? lang : null,
    childId: childId && CHILD_ID.test(childId) ? childId : null,
    secret: secret && SECRET.test(secret) ? secret : null,
  };
}

/** The query string for the chosen flags (defaults left out), as the builder and the Embed dialog write it. */
export function embedQuery(p: { theme?: EmbedTheme; plain?: boolean; static?: boolean }): string {
  const q = new URLSearchParams();
  if (p.theme && p.theme !== 'auto') q.set('theme', p.theme);
  if (p.plain) q.set('plain', '1');
  if (p.static) q.set('static', '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Where `?lang=` sends an embed: the same embed in that language (/embed/map/?lang=pt -> /pt/embed/map/), with the
 * other flags and the hash kept and `lang` dropped; null when the page already is in that language.
 */
export function embedInLanguage(url: { pathname: string; search: string; hash: string }, base: string, lang: string | null): string | null {
  const here = splitLocalePath(base, url.pathname);
  if (!lang || lang === here.lang) return null;
  const q = params(url.search);
  q.delete('lang');
  const search = q.toString();
  return `${localeHref(base, lang, here.rest)}${search ? `?${search}` : ''}${url.hash}`;
}
