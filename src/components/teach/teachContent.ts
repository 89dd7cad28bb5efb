// The kit's content at build time: the teach collection of one language (content/<lang>/teach/), split by kind,
// with English as the fallback for a language that has no kit yet. Step ids the kit names are kept only when the
// story has them, so cutting or renaming a step never breaks the build (tests/unit/teach.test.ts reports them).
import { getCollection, type CollectionEntry } from 'astro:content';

type Entry = CollectionEntry<'teach'>;
type Of<K extends Entry['data']['kind']> = Entry & { data: Extract<Entry['data'], { kind: K }> };

export interface TeachContent {
  kit: Of<'kit'>;
  activity: Of<'activity'>;
  claims: Of<'claims'>;
  terms: Of<'term'>[];
}

export async function loadTeach(lang: string): Promise<TeachContent> {
  const all = await getCollection('teach');
  const mine = all.filter((e) => e.id.startsWith(`${lang}/`));
  const entries = mine.length > 0 ? mine : all.filter((e) => e.id.startsWith('en/'));
  const one = <K extends Entry['data']['kind']>(kind: K): Of<K> => {
    const e = entries.find((x) => x.data.kind === kind);
    if (!e) throw new Error(`The lesson kit needs content/${lang}/teach/ with a "${kind}" entry`);
    return e as Of<K>;
  };
  const terms = entries.filter((e): e is Of<'term'> => e.data.kind === 'term').sort((a, b) => a.data.term.localeCompare(b.data.term, lang));
  return { kit: one('kit'), activity: one('activity'), claims: one('claims'), terms };
}

/** Only the ids the story has, in the given order. */
export function knownSteps(ids: readonly string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id) => known.has(id));
}
