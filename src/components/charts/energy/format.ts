// Number formats of the energy calculator, all through Intl with the page language. One set per language;
// each Intl.NumberFormat is made once and reused (a slider drag formats a dozen numbers per frame).
//   const f = energyFormats(lang); f.sig(1.0500001) -> "1.05"; f.usd(0.0233) -> "$0.0233"
import { formatDay } from '../../../lib/dates';
import { numberFormat } from '../../../lib/intl';

export interface EnergyFormats {
  /** Three significant digits (or `digits`). */
  sig(v: number, digits?: number): string;
  /** At most `max` decimals. */
  num(v: number, max?: number): string;
  /** A range of plain numbers, at most `max` decimals ("1–2", "7.4–8"). */
  numRange(lo: number, hi: number, max?: number): string;
  /** A year, without grouping ("2023"). */
  year(v: number): string;
  /** US dollars, `digits` significant digits. */
  usd(v: number, digits?: number): string;
  /** US dollars per hour: two or three decimals ("$0.785"). */
  usdHour(v: number): string;
  /** US dollars, whole ("$27,500"). */
  usdWhole(v: number): string;
  /** A range of US dollars ("$1.80 – $1.90"). */
  usdRange(lo: number, hi: number, wholeDollars?: boolean): string;
  /** Yuan ("CN¥0.36"). */
  cny(v: number): string;
  /** A share 0..1 as a whole percentage ("10%"). */
  pct(v: number): string;
  /** Long compact notation ("8.7 trillion"), two significant digits. */
  compact(v: number): string;
  /** An ISO day ('2026-02-24') as the language writes it ("Feb 24, 2026"). */
  day(iso: string): string;
}

// Ranges with plain spaces: ICU versions differ on thin spaces around the dash, and the server render and the
// browser must write the same text (or hydrating changes it).
const plain = (s: string) => s.replace(/[\u2009\u202f]/g, ' ');

export function energyFormats(lang: string): EnergyFormats {
  const nf = (o: Intl.NumberFormatOptions) => numberFormat(lang, o);
  const USD = { style: 'currency', currency: 'USD' } as const;
  return {
    sig: (v, digits = 3) => nf({ maximumSignificantDigits: digits }).format(v),
    num: (v, max = 2) => nf({ maximumFractionDigits: max }).format(v),
    numRange: (lo, hi, max = 2) => plain(nf({ maximumFractionDigits: max }).formatRange(lo, hi)),
    year: (v) => nf({ useGrouping: false }).format(v),
    usd: (v, digits = 3) => nf({ ...USD, maximumSignificantDigits: digits }).format(v),
    usdHour: (v) => nf({ ...USD, minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(v),
    usdWhole: (v) => nf({ ...USD, maximumFractionDigits: 0 }).format(v),
    usdRange: (lo, hi, whole = false) =>
      plain(nf(whole ? { ...USD, maximumFractionDigits: 0 } : { ...USD, minimumFractionDigits: 2, maximumFractionDigits: 2 }).formatRange(lo, hi)),
    cny: (v) => nf({ style: 'currency', currency: 'CNY' }).format(v),
    pct: (v) => nf({ style: 'percent', maximumFractionDigits: 0 }).format(v),
    compact: (v) => nf({ notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 }).format(v),
    day: (iso) => formatDay(iso, lang),
  };
}
