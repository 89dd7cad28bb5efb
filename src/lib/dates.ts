// Dates from src/data, written in the page's language with Intl: src/data stores a date or period as data (an ISO
// day 'YYYY-MM-DD' or a month 'YYYY-MM', with how precise it is), never as English words, and every chart, table and
// page formats it here. Pure, and the same in Node (the server render) and in the reader's browser.
//   formatDay('2021-06-09', 'en') -> "Jun 9, 2021"; 'pt' -> "9 de jun. de 2021"; 'zh' -> "2021年6月9日"
//   formatMonth('2019-09', 'en') -> "Sep 2019"; 'pt' -> "set. de 2019"; 'zh' -> "2019年9月"
//   formatDated({ date: '2021-06-15', precision: 'part-of-month' }, 'en', parts) -> "mid-Jun 2021"

import { dateTimeFormat } from './intl';

export type MonthStyle = 'short' | 'long';

/** How precisely a date is known: a day; a month; part of a month (early, mid, late); a span of months. */
export type DatePrecision = 'day' | 'month' | 'part-of-month' | 'span';

/** Templates of the page's language for a date known only to part of a month: "early {month}", "mid-{month}", "late {month}". */
export interface PartOfMonth {
  early: string;
  mid: string;
  late: string;
}

/** A date as the data stores it: ISO day, how precise it is, and for spans the last day. */
export interface DatedValue {
  date: string;
  end?: string;
  precision: DatePrecision;
}

/**
 * Plain spaces for the thin and narrow no-break spaces some ICU versions put around a range's dash and inside
 * dates: Node (the server render) and the reader's browser must write the same text, or hydrating changes it.
 */
const plainSpaces = (s: string): string => s.replace(/[\u2009\u202f]/g, ' ');

const dtf = (lang: string, o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => dateTimeFormat(lang, { ...o, timeZone: 'UTC' });

/** 'YYYY-MM-DD' as a UTC date; throws on anything else, so a malformed date in src/data fails loudly. */
export function isoDay(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`bad ISO day "${iso}"`);
  return new Date(`${iso}T00:00:00Z`);
}

/** 'YYYY-MM' as the middle of that month (UTC); throws on anything else. */
export function isoMonth(ym: string): Date {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) throw new Error(`bad ISO month "${ym}"`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
}

/** A day: "Jun 9, 2021" (month 'long': "June 9, 2021"). */
export function formatDay(iso: string, lang: string, month: MonthStyle = 'short'): string {
  return plainSpaces(dtf(lang, { day: 'numeric', month, year: 'numeric' }).format(isoDay(iso)));
}

/** A day without its year, for a date whose year the sentence already gives ("Jun 20"). */
export function formatDayNoYear(iso: string, lang: string, month: MonthStyle = 'short'): string {
  return plainSpaces(dtf(lang, { day: 'numeric', month }).format(isoDay(iso)));
}

/** A month: "Sep 2019" (month 'long': "September 2019"). */
export function formatMonth(ym: string, lang: string, month: MonthStyle = 'short'): string {
  return plainSpaces(dtf(lang, { month, year: 'numeric' }).format(isoMonth(ym)));
}

/** A year alone, as the language writes a year ("2021", zh "2021年"). */
export function formatYear(year: number, lang: string): string {
  return plainSpaces(dtf(lang, { year: 'numeric' }).format(new Date(Date.UTC(year, 6, 1))));
}

// Chinese ranges: ICU writes them with slashes ("2019/9 – 2020/4"); a Chinese text writes "2019年9月至2020年4月",
// dropping from the second end what the first already says ("2021年7月至8月", "2026年2月9日至15日").
const isChinese = (lang: string) => /^zh\b/i.test(lang);
const ZH_TO = '至';

/** A span of months: "Sep 2019 – Apr 2020"; a single month when both ends are the same month. */
export function formatMonthRange(from: string, to: string, lang: string, month: MonthStyle = 'short'): string {
  if (from === to) return formatMonth(from, lang, month);
  if (isChinese(lang)) {
    const sameYear = from.slice(0, 4) === to.slice(0, 4);
    const end = sameYear ? dtf(lang, { month: 'numeric' }).format(isoMonth(to)) : formatMonth(to, lang, month);
    return `${formatMonth(from, lang, month)}${ZH_TO}${end}`;
  }
  return plainSpaces(dtf(lang, { month, year: 'numeric' }).formatRange(isoMonth(from), isoMonth(to)));
}

/** A span of days, written as the language shortens it: "Feb 9 – 15, 2026". */
export function formatDayRange(from: string, to: string, lang: string, month: MonthStyle = 'short'): string {
  if (from === to) return formatDay(from, lang, month);
  if (isChinese(lang)) {
    const end =
      from.slice(0, 7) === to.slice(0, 7)
        ? dtf(lang, { day: 'numeric' }).format(isoDay(to))
        : from.slice(0, 4) === to.slice(0, 4)
          ? dtf(lang, { day: 'numeric', month }).format(isoDay(to))
          : formatDay(to, lang, month);
    return `${formatDay(from, lang, month)}${ZH_TO}${end}`;
  }
  return plainSpaces(dtf(lang, { day: 'numeric', month, year: 'numeric' }).formatRange(isoDay(from), isoDay(to)));
}

/**
 * A date as precisely as it is known: the day; the month; part of the month through the language's template
 * (days 1–10 early, 11–20 mid, 21 on late); or, for a span, its first and last months.
 */
export function formatDated(d: DatedValue, lang: string, parts: PartOfMonth, month: MonthStyle = 'short'): string {
  if (d.precision === 'day') return formatDay(d.date, lang, month);
  const ym = d.date.slice(0, 7);
  if (d.precision === 'span' && d.end) return formatMonthRange(ym, d.end.slice(0, 7), lang, month);
  if (d.precision === 'part-of-month') {
    const day = isoDay(d.date).getUTCDate();
    const t = day <= 10 ? parts.early : day <= 20 ? parts.mid : parts.late;
    return t.replace('{month}', formatMonth(ym, lang, month));
  }
  return formatMonth(ym, lang, month);
}
