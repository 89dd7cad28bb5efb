// The /sources/ page helpers: grouping sources by area, confidence labels, and which steps cite what.
import { describe, expect, it } from 'vitest';
import { areaOf, citedBy, groupSources } from '../../src/components/sources/groupSources';
import { allSources } from '../../src/data/sources';
import type { Source } from '../../src/data/sources';
import { messagesFor } from '../../src/i18n';

const EN = messagesFor('en').sources;

const src = (id: string): Source => ({ id, title: id, publisher: 'p', confidence: 'verified' });

describe('groupSources', () => {
  it('names areas after their file and orders them like the story, unknown areas last', () => {
    expect(areaOf('../../data/sources/mining.ts')).toBe('mining');
    expect(areaOf('src\\data\\sources\\history.ts')).toBe('history');
    const groups = groupSources(
      {
        './sources/zeta-notes.ts': { sources: [src('z')] },
        './sources/mining.ts': { sources: [src('m')] },
        './sources/bootstrap.ts': { sources: [] },
        './sources/article.ts': { sources: [src('a')] },
      },
      EN,
    );
    expect(groups.map((g) => g.area)).toEqual(['article', 'mining', 'zeta-notes']);
    expect(groups[2].title).toBe('Zeta notes');
    expect(groups[0].title).toBe(EN.areas.article);
  });
  it('loses no source of the real registry', () => {
    const modules = import.meta.glob<{ sources: Source[] }>('../../src/data/sources/*.ts', { eager: true });
    const ids = groupSources(modules, EN).flatMap((g) => g.sources.map((s) => s.id));
    expect(ids.sort()).toEqual(allSources.map((s) => s.id).sort());
  });
});

describe('confidence labels', () => {
  it('label and explain every confidence level a source can have', () => {
    const levels = [...new Set(allSources.map((s) => s.confidence))];
    for (const c of levels) {
      expect(EN.confidence[c]).toBeTruthy();
      expect(EN.confidenceMeaning[c]).toBeTruthy();
    }
  });
});

describe('citedBy', () => {
  it('lists citing steps in reading order, once each', () => {
    const map = citedBy([
      { id: 'one', refs: ['a', 'b', 'a'] },
      { id: 'two', refs: ['b'] },
    ]);
    expect(map.get('a')).toEqual(['one']);
    expect(map.get('b')).toEqual(['one', 'two']);
    expect(map.has('c')).toBe(false);
  });
});
