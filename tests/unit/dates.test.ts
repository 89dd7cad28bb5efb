import { describe, expect, it } from 'vitest';
import { formatDated, formatDay, formatDayNoYear, formatDayRange, formatMonth, formatMonthRange, formatYear, isoDay, isoMonth } from '../../src/lib/dates';
import { crackdownEvents, hashratePoints } from '../../src/data/hashrate';
import { crossoverWeeks, reportedWeek } from '../../src/data/openrouter';

const PARTS = {
  en: { early: 'early {month}', mid: 'mid-{month}', late: 'late {month}' },
  pt: { early: 'início de {month}', mid: 'meados de {month}', late: 'fim de {month}' },
  zh: { early: '{month}上旬', mid: '{month}中旬', late: '{month}下旬' },
};
const NARROW = /[\u2009\u202f]/;

describe('dates in the page language', () => {
  it('writes a day', () => {
    expect(formatDay('2021-06-09', 'en')).toBe('Jun 9, 2021');
    expect(formatDay('2021-06-09', 'pt-BR')).toBe('9 de jun. de 2021');
    expect(formatDay('2021-06-09', 'zh-Hans')).toBe('2021年6月9日');
    expect(formatDay('2026-02-24', 'en', 'long')).toBe('February 24, 2026');
    expect(formatDay('2026-02-24', 'pt', 'long')).toBe('24 de fevereiro de 2026');
    expect(formatDayNoYear('2021-06-20', 'en')).toBe('Jun 20');
    expect(formatDayNoYear('2021-06-20', 'zh')).toBe('6月20日');
  });

  it('writes a month and a year', () => {
    expect(formatMonth('2019-09', 'en')).toBe('Sep 2019');
    expect(formatMonth('2019-09', 'en', 'long')).toBe('September 2019');
    expect(formatMonth('2019-09', 'pt-BR')).toBe('set. de 2019');
    expect(formatMonth('2019-09', 'zh-Hans')).toBe('2019年9月');
    expect(formatYear(2021, 'en')).toBe('2021');
    expect(formatYear(2021, 'zh')).toBe('2021年');
  });

  it('writes spans of months and days, in Chinese without ICU’s slashes', () => {
    expect(formatMonthRange('2019-09', '2020-04', 'en')).toBe('Sep 2019 – Apr 2020');
    expect(formatMonthRange('2019-09', '2019-09', 'en')).toBe('Sep 2019');
    expect(formatMonthRange('2019-09', '2020-04', 'pt')).toMatch(/^set\. de 2019 – abr\. de 2020$/);
    expect(formatMonthRange('2019-09', '2020-04', 'zh')).toBe('2019年9月至2020年4月');
    expect(formatMonthRange('2021-07', '2021-08', 'zh')).toBe('2021年7月至8月');
    expect(formatDayRange('2026-02-09', '2026-02-15', 'en')).toBe('Feb 9 – 15, 2026');
    expect(formatDayRange('2026-02-09', '2026-02-15', 'pt')).toBe('9 – 15 de fev. de 2026');
    expect(formatDayRange('2026-02-09', '2026-02-15', 'zh')).toBe('2026年2月9日至15日');
    expect(formatDayRange('2026-02-28', '2026-03-06', 'zh')).toBe('2026年2月28日至3月6日');
    expect(formatDayRange('2025-12-29', '2026-01-04', 'zh')).toBe('2025年12月29日至2026年1月4日');
  });

  it('writes a date as precisely as it is known', () => {
    const d = (date: string, precision: 'day' | 'month' | 'part-of-month' | 'span', end?: string) => ({ date, precision, end });
    expect(formatDated(d('2021-06-09', 'day'), 'en', PARTS.en)).toBe('Jun 9, 2021');
    expect(formatDated(d('2021-05-15', 'month'), 'en', PARTS.en)).toBe('May 2021');
    expect(formatDated(d('2021-03-05', 'part-of-month'), 'en', PARTS.en)).toBe('early Mar 2021');
    expect(formatDated(d('2021-06-15', 'part-of-month'), 'en', PARTS.en)).toBe('mid-Jun 2021');
    expect(formatDated(d('2021-06-25', 'part-of-month'), 'en', PARTS.en)).toBe('late Jun 2021');
    expect(formatDated(d('2021-06-15', 'part-of-month'), 'pt', PARTS.pt)).toBe('meados de jun. de 2021');
    expect(formatDated(d('2021-06-15', 'part-of-month'), 'zh', PARTS.zh)).toBe('2021年6月中旬');
    expect(formatDated(d('2021-07-01', 'span', '2021-08-31'), 'en', PARTS.en)).toBe('Jul – Aug 2021');
    expect(formatDated(d('2021-07-01', 'span', '2021-08-31'), 'zh', PARTS.zh)).toBe('2021年7月至8月');
  });

  it('formats every date the data stores, in every language, with plain spaces', () => {
    for (const lang of ['en', 'pt', 'zh'] as const) {
      const out = [
        ...crackdownEvents.map((e) => formatDated(e, lang, PARTS[lang])),
        ...hashratePoints.map((p) => formatMonthRange(p.from, p.to, lang)),
        ...crossoverWeeks.map((w) => formatDayRange(w.from, w.to, lang)),
        formatDay(reportedWeek.reportedAround, lang, 'long'),
      ];
      for (const s of out) {
        expect(s).not.toMatch(NARROW);
        expect(s).not.toMatch(/\{|\}|Invalid/);
        if (lang === 'zh') expect(s).not.toMatch(/[A-Za-z/]/);
      }
    }
  });

  it('rejects malformed dates instead of writing "Invalid Date"', () => {
    expect(() => isoDay('9 Jun 2021')).toThrow(/bad ISO day/);
    expect(() => isoMonth('2019-9')).toThrow(/bad ISO month/);
  });
});
