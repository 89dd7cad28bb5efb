// Latency arithmetic for the "crossing an ocean" figure. Pure, no DOM.
// Telegraph: time = words ÷ words per minute. Fibre: time = length ÷ speed of light in fibre.
// A request today = round trip on the cable + the model's answer time (an assumption, stated on the figure).
// Also here: durations and duration ranges through Intl, the time axis's gridlines and domain, and the scene
// state with its validator (validateLatencyState).
import { numberFormat } from './intl';

export function minutesForWords(words: number, wordsPerMinute: number): number {
  if (!(wordsPerMinute > 0)) throw new RangeError('words per minute must be positive');
  return words / wordsPerMinute;
}

export function secondsForWords(words: number, wordsPerMinute: number): number {
  return minutesForWords(words, wordsPerMinute) * 60;
}

export function wordsPerMinute(words: number, seconds: number): number {
  return words / (seconds / 60);
}

/** One-way propagation time in seconds over `lengthKm` of fibre at `kmPerSecond`. */
export function fibreOneWaySeconds(lengthKm: number, kmPerSecond: number): number {
  if (!(kmPerSecond > 0)) throw new RangeError('speed must be positive');
  return lengthKm / kmPerSecond;
}

export function fibreRoundTripSeconds(lengthKm: number, kmPerSecond: number): number {
  return 2 * fibreOneWaySeconds(lengthKm, kmPerSecond);
}

export function answerSeconds(tokens: number, tokensPerSecond: number): number {
  if (!(tokensPerSecond > 0)) throw new RangeError('tokens per second must be positive');
  return tokens / tokensPerSecond;
}

/** Time for a request to go out and the answer to come back: round trip on the cable plus the answer time. */
export function requestTodaySeconds(lengthKm: number, kmPerSecond: number, tokens: number, tokensPerSecond: number): number {
  return fibreRoundTripSeconds(lengthKm, kmPerSecond) + answerSeconds(tokens, tokensPerSecond);
}

export type DurationUnit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day';

/** The unit a duration reads best in: below 1 s in ms, below 2 min in s, below 2 h in min, below 2 days in h. */
export function pickUnit(seconds: number): { unit: DurationUnit; value: number } {
  if (seconds < 1) return { unit: 'millisecond', value: seconds * 1000 };
  if (seconds < 120) return { unit: 'second', value: seconds };
  if (seconds < 7_200) return { unit: 'minute', value: seconds / 60 };
  if (seconds < 172_800) return { unit: 'hour', value: seconds / 3_600 };
  return { unit: 'day', value: seconds / 86_400 };
}

/**
 * Human-readable duration via Intl ("16 hours", "68 ms"): one decimal below 10 of the unit, whole units above,
 * unless `exact` (accounts quoted as given: "16.5 hours").
 */
export function formatDuration(seconds: number, lang = 'en', style: 'long' | 'short' | 'narrow' = 'long', exact = false): string {
  const { unit, value } = pickUnit(seconds);
  const digits = exact || value < 10 ? 1 : 0;
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: style, maximumFractionDigits: digits }).format(value);
}

/** "68–90 ms" when both ends read in one unit, "736 ms – 1 sec" when they do not, "16 hours" when they round alike. */
export function formatDurationRange(a: number, b: number, lang = 'en', style: 'long' | 'short' | 'narrow' = 'short'): string {
  const fa = formatDuration(a, lang, style);
  const fb = formatDuration(b, lang, style);
  if (fa === fb) return fa;
  const ua = pickUnit(a);
  const ub = pickUnit(b);
  if (ua.unit !== ub.unit) return `${fa} – ${fb}`;
  const digits = ua.value >= 10 ? 0 : 1;
  // Plain spaces: ICU versions differ on thin spaces around the dash, and the server and the browser must agree.
  return numberFormat(lang, { style: 'unit', unit: ua.unit, unitDisplay: style, maximumFractionDigits: digits })
    .formatRange(ua.value, ub.value)
    .replace(/[\u2009\u202f]/g, ' ');
}

/** Gridlines of the time axis at round human units, each labelled in its own unit ("1 min", not "60 sec"). */
export const TIME_GRIDLINES: { value: number; unit: DurationUnit; seconds: number }[] = [
  { value: 100, unit: 'millisecond', seconds: 0.1 },
  { value: 1, unit: 'second', seconds: 1 },
  { value: 1, unit: 'minute', seconds: 60 },
  { value: 1, unit: 'hour', seconds: 3_600 },
  { value: 1, unit: 'day', seconds: 86_400 },
];

/** The log time axis: from half the fastest time shown to twice the slowest, so no mark sits on an edge. */
export function timeDomain(seconds: number[]): [number, number] {
  return [Math.min(...seconds) / 2, Math.max(...seconds) * 2];
}

/** Scene state of the latency figure. */
export interface LatencyState {
  /** Which rows are shown, in order. */
  rows: LatencyRowId[];
  /** Show the disputed accounts of the 1858 message beside the 16-hour figure. */
  showDisputed: boolean;
}

export const LATENCY_ROWS = ['ship', 'cable-1858', 'cable-1866', 'pacific-light', 'request-today'] as const;
export type LatencyRowId = (typeof LATENCY_ROWS)[number];

export function validateLatencyState(state: unknown): string[] {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return ['latency state must be an object'];
  const s = state as Record<string, unknown>;
  const problems: string[] = [];
  if (!Array.isArray(s.rows) || s.rows.length === 0) problems.push('latency state: rows must be a non-empty array');
  else {
    for (const r of s.rows) if (!(LATENCY_ROWS as readonly unknown[]).includes(r)) problems.push(`latency state: unknown row ${JSON.stringify(r)}`);
    if (new Set(s.rows).size !== s.rows.length) problems.push('latency state: rows repeat');
  }
  if (typeof s.showDisputed !== 'boolean') problems.push('latency state: showDisputed must be a boolean');
  else if (s.showDisputed && Array.isArray(s.rows) && s.rows.length > 0 && !s.rows.includes('cable-1858'))
    problems.push('latency state: showDisputed needs the cable-1858 row (the disputed accounts are of its message)');
  for (const k of Object.keys(s)) if (k !== 'rows' && k !== 'showDisputed') problems.push(`latency state: unknown key "${k}"`);
  return problems;
}
