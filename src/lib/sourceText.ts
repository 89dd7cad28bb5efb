// Source descriptions per language. A source's `title` is our description of what the source is and its `note`
// a caveat, so both are translated; publisher, "read in", date, address and confidence stay as the data has them
// (src/data/sources/*.ts). English is the data's own text; Portuguese and Chinese are in src/i18n/<lang>/sourceText.ts,
// imported here directly (not through the message dictionary), so a page only passes its language.
import type { Source } from '../data/sources';
import { sourceText as pt } from '../i18n/pt/sourceText';
import { sourceText as zh } from '../i18n/zh/sourceText';

/** One source's words in one language: the description, and the caveat where the English has one. */
export interface SourceText {
  title: string;
  note?: string;
}
/** Source id -> its words in one language. */
export type SourceTextTable = Readonly<Record<string, SourceText>>;

const TABLES: Readonly<Record<string, SourceTextTable>> = { pt, zh };

/** The table for a page language; undefined for English and for any language without one (the data's English stays). */
export function sourceTextFor(lang: string): SourceTextTable | undefined {
  return TABLES[lang];
}

/**
 * The source with its title and note in the table's language, when the table has them; otherwise the source as it is.
 * A translated note is used only where the source has a note, so a translation never adds a caveat of its own.
 */
export function localizeSource(source: Source, table?: SourceTextTable): Source {
  const t = table && Object.hasOwn(table, source.id) ? table[source.id] : undefined;
  if (!t) return source;
  const localized: Source = { ...source, title: t.title || source.title };
  if (source.note !== undefined && t.note) localized.note = t.note;
  return localized;
}

/** localizeSource for a page language ('en', or any language without a table, gives the source as it is). */
export function localizeSourceFor(source: Source, lang: string): Source {
  return localizeSource(source, sourceTextFor(lang));
}
