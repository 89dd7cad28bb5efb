// The font files the static figures are set in, per language. resvg is given exactly these files
// (loadSystemFonts: false), so a PNG looks the same on every machine, and the unit tests check that every
// character of every figure has a glyph in them. DejaVu comes from the dejavu-fonts-ttf package (TTF: resvg
// cannot read the woff2 files web fonts ship as). A language whose script DejaVu lacks adds its own files:
// Chinese uses Noto Sans CJK from Debian's fonts-noto-cjk (add the package to a machine that builds /zh/).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFontFaces, type FontFace } from '../lib/staticFigureFont';
import type { FigureFonts } from './compose';

const require = createRequire(import.meta.url);
const dejavuDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const dejavu = (file: string) => join(dejavuDir, file);

interface FontSetSpec {
  /** Family names, first choice first, as written into the SVG's font-family. */
  sans: string[];
  serif: string[];
  files: string[];
  /** Files that must exist; the build stops with this hint when one is missing. */
  install?: string;
}

const BASE: FontSetSpec = {
  sans: ['DejaVu Sans'],
  serif: ['DejaVu Serif'],
  files: [
    dejavu('DejaVuSans.ttf'),
    dejavu('DejaVuSans-Bold.ttf'),
    dejavu('DejaVuSans-Oblique.ttf'),
    dejavu('DejaVuSans-BoldOblique.ttf'),
    dejavu('DejaVuSerif.ttf'),
    dejavu('DejaVuSerif-Bold.ttf'),
  ],
};

const NOTO_CJK = '/usr/share/fonts/opentype/noto';

/** Per language: what to add to the base set. */
const BY_LANG: Record<string, Partial<FontSetSpec>> = {
  zh: {
    sans: ['Noto Sans CJK SC'],
    serif: ['Noto Sans CJK SC'],
    files: [join(NOTO_CJK, 'NotoSansCJK-Regular.ttc'), join(NOTO_CJK, 'NotoSansCJK-Bold.ttc')],
    install: 'apt-get install fonts-noto-cjk',
  },
};

export interface LoadedFonts extends FigureFonts {
  files: string[];
  /** The family resvg falls back to for text without a font-family. */
  defaultFamily: string;
  serifFamily: string;
}

const cache = new Map<string, LoadedFonts>();
const family = (names: string[]) => names.map((n) => (/\s/.test(n) ? `'${n}'` : n)).join(', ');

export function fontsFor(lang: string): LoadedFonts {
  const hit = cache.get(lang);
  if (hit) return hit;
  const extra = BY_LANG[lang] ?? {};
  const files = [...BASE.files, ...(extra.files ?? [])];
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length)
    throw new Error(
      `static figures (${lang}): font file(s) missing: ${missing.join(', ')}${extra.install ? ` (install with: ${extra.install})` : ' (run npm ci)'}`,
    );
  const faces: FontFace[] = files.flatMap((f) => readFontFaces(new Uint8Array(readFileSync(f))));
  const sans = [...BASE.sans, ...(extra.sans ?? [])];
  const serif = [...BASE.serif, ...(extra.serif ?? []), ...BASE.sans];
  const loaded: LoadedFonts = {
    sans: family(sans),
    serif: family(serif),
    faces,
    files,
    defaultFamily: sans[0],
    serifFamily: serif[0],
  };
  cache.set(lang, loaded);
  return loaded;
}
