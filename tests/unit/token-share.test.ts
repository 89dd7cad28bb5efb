import { describe, expect, it } from 'vitest';
import { T, conflictingSnapshot, crossoverWeeks, derivedChineseTop10Tokens, rankingCaveats, reportedWeek } from '../../src/data/openrouter';
import { sourceById } from '../../src/data/sources';
import { en } from '../../src/i18n/en';
import {
  assertTokenShareScenes,
  crossoverBars,
  formatDay,
  formatGrowth,
  formatPct,
  formatRanks,
  formatTrillions,
  formatWeek,
  validateTokenShareState,
  weekBars,
} from '../../src/lib/tokenShare';
import { scenes } from '../../src/scenes/charts/token-share.scenes';
import { sceneById } from '../../src/scenes';

describe('OpenRouter data (facts.md §6)', () => {
  it('has the reported top-10 week as published', () => {
    expect(reportedWeek.top10Tokens.tokens).toBe(8.7 * T);
    expect(reportedWeek.top10Tokens.approx).toBe(true);
    expect(reportedWeek.chineseSharePct.value).toBe(61);
    expect(reportedWeek.chineseInTop5.value).toBe(4);
    const [m25, kimi, glm] = reportedWeek.leaders;
    expect([m25.rank, m25.model, m25.tokens?.tokens, m25.wowPct?.value]).toEqual([1, 'MiniMax M2.5', 2.45 * T, 197]);
    expect([kimi.rank, kimi.model, glm.rank, glm.model]).toEqual([2, 'Kimi K2.5', 3, 'GLM-5']);
  });

  it('invents no token counts: only M2.5 has one, ranks 4-10 are not published', () => {
    expect(reportedWeek.leaders.filter((l) => l.tokens !== null).map((l) => l.model)).toEqual(['MiniMax M2.5']);
    expect(reportedWeek.leaders).toHaveLength(3);
    expect(reportedWeek.notPublished).toEqual({ fromRank: 4, toRank: 10 });
  });

  it('has the two February weeks as published', () => {
    expect(crossoverWeeks.map((w) => [w.from, w.to, w.china.tokens / T, w.us.tokens / T])).toEqual([
      ['2026-02-09', '2026-02-15', 4.12, 2.94],
      ['2026-02-16', '2026-02-22', 5.16, 2.7],
    ]);
    expect(conflictingSnapshot.m25Tokens.tokens).toBe(1.7 * T);
  });

  it('derives the Chinese top-10 tokens as 61% × 8.7 T (≈5.3 T)', () => {
    expect(derivedChineseTop10Tokens() / T).toBeCloseTo(5.307, 3);
  });

  it('names existing sources, secondary where the facts say so', () => {
    const ids = [
      reportedWeek.top10Tokens.source,
      reportedWeek.chineseSharePct.source,
      reportedWeek.chineseInTop5.source,
      ...reportedWeek.leaders.flatMap((l) => [l.rankSource, l.tokens?.source, l.wowPct?.source].filter(Boolean) as string[]),
      ...crossoverWeeks.flatMap((w) => [w.china.source, w.us.source]),
      ...rankingCaveats.map((c) => c.source),
      conflictingSnapshot.source,
    ];
    for (const id of ids) expect(sourceById.has(id), id).toBe(true);
    expect(sourceById.get(reportedWeek.top10Tokens.source)!.confidence).toBe('secondary');
    expect(sourceById.get(reportedWeek.leaders[1].rankSource)!.confidence).toBe('from-article');
  });

  it('states what the rankings count and do not', () => {
    // The words are each language's, by caveat id: the chart's note and the /sources/ Methods section.
    const methods = en.sources.methodsOpenRouterCaveats as Record<string, string>;
    for (const c of rankingCaveats) expect(methods[c.id], c.id).toBeTruthy();
    for (const id of Object.keys(en.tokenShare.caveats))
      expect(
        rankingCaveats.some((c) => c.id === id),
        id,
      ).toBe(true);
    const text = rankingCaveats.map((c) => methods[c.id]).join(' ');
    expect(text).toMatch(/through OpenRouter/);
    expect(text).toMatch(/tokenizer/);
    expect(text).toMatch(/self-selected/);
    expect(text).toMatch(/private requests/);
  });
});

describe('token-share geometry and formats', () => {
  it('splits the week bar into the Chinese share and the rest, with M2.5 on the same scale', () => {
    const b = weekBars(700);
    expect(b.chinese.w + b.other.w).toBeCloseTo(700, 9);
    expect(b.chinese.w).toBeCloseTo(700 * 0.61, 9);
    expect(b.other.x).toBeCloseTo(b.chinese.w, 9);
    expect(b.m25.w).toBeCloseTo((700 * 2.45) / 8.7, 9);
  });
  it('puts both February weeks on one nice scale', () => {
    const c = crossoverBars(600, 6);
    expect(c.ticks[0]).toEqual({ value: 0, x: 0 });
    expect(c.ticks.at(-1)!.value).toBeGreaterThanOrEqual(5.16 * T);
    expect(c.ticks.at(-1)!.x).toBe(600);
    for (const w of c.weeks) expect(w.chinaW).toBeGreaterThan(w.usW);
    expect(c.weeks[1].chinaW).toBeCloseTo((600 * 5.16) / (c.ticks.at(-1)!.value / T), 6);
    expect(crossoverBars(300, 3).ticks.length).toBeLessThan(c.ticks.length);
  });
  it('formats trillions with the published decimals and the reader’s language', () => {
    expect(formatTrillions(2.7 * T, 'en', 2)).toBe('2.70');
    expect(formatTrillions(8.7 * T, 'en', 1)).toBe('8.7');
    expect(formatTrillions(2.45 * T, 'pt', 2)).toBe('2,45');
    expect(formatPct(61, 'en')).toBe('61%');
  });
});

describe('token-share scenes and state validation', () => {
  it('defines the two planned scenes, valid and registered', () => {
    expect(scenes.map((s) => [s.id, s.state.view])).toEqual([
      ['token-share-week', 'week'],
      ['token-share-crossover', 'crossover'],
    ]);
    for (const s of scenes) {
      expect(validateTokenShareState(s.state)).toEqual([]);
      expect(sceneById.get(s.id)?.figure).toBe('token-share');
    }
  });
  it('rejects malformed states', () => {
    expect(validateTokenShareState(undefined)).toEqual(['state is not an object']);
    expect(validateTokenShareState({ view: 'month' }).join()).toMatch(/view must be/);
    expect(validateTokenShareState({ view: 'week', zoom: 2 }).join()).toMatch(/unknown key "zoom"/);
  });
});

describe('token-share formats (Intl, in the reader’s language)', () => {
  it('formats growth with its sign, days, weeks and rank ranges', () => {
    expect(formatGrowth(197, 'en')).toBe('+197%');
    expect(formatDay('2026-02-24', 'en')).toBe('February 24, 2026');
    expect(formatDay('2026-02-24', 'en', 'short')).toBe('Feb 24, 2026');
    expect(formatWeek('2026-02-09', '2026-02-15', 'en').replace(/\s/g, ' ')).toBe('Feb 9 – 15, 2026');
    expect(formatWeek('2026-02-09', '2026-02-15', 'zh')).toMatch(/2026.*2.*9/);
    expect(formatRanks(4, 10, 'en')).toBe('4–10');
  });
});

describe('assertTokenShareScenes', () => {
  it('passes the registered scenes through and refuses a broken one loudly', () => {
    expect(assertTokenShareScenes(scenes)).toBe(scenes);
    expect(() => assertTokenShareScenes([...scenes, { id: 'x', figure: 'token-share', state: { view: 'month' } }])).toThrow(/x: view must be/);
    expect(() => assertTokenShareScenes([{ id: 'm', figure: 'map' }])).toThrow(/not a token-share scene/);
    expect(() => assertTokenShareScenes([])).toThrow(/no scenes/);
  });
});
