// Timing facts for the latency figure: how long a message took to cross the Atlantic by ship, by the 1858
// cable and by the 1866 cable, and what a request across the Pacific takes today (fact sheet, sections 1 and 2).
// Each value names its source id (src/data/sources/telegraph.ts); the cable lengths come from src/data/cables.ts.
import { pacificCables } from './cables';

export interface SourcedDuration {
  id: string;
  label: string;
  /** Seconds. */
  seconds: number;
  approx: boolean;
  source: string;
}

/** The Queen's 1858 message to President Buchanan, in words; the figure the site uses. */
export const queenMessage = { words: 98, source: 'queen-message-98-words-16h' } as const;

/** About 10 days by ship (the message itself has no length: a ship carries a letter whole). */
export const shipCrossing: SourcedDuration = {
  id: 'ship',
  label: 'By ship',
  seconds: 10 * 86_400,
  approx: true,
  source: 'ship-crossing-10-days',
};

/** The figure used for the 1858 cable: 98 words in about 16 hours. */
export const cable1858: SourcedDuration = {
  id: 'cable-1858',
  label: '1858 cable',
  seconds: 16 * 3_600,
  approx: true,
  source: 'queen-message-98-words-16h',
};

/** Other accounts of the same message; shown beside the 16-hour figure, never instead of it. */
export interface DisputedAccount extends SourcedDuration {
  words: number;
  /** "more than": the account gives a lower bound. */
  atLeast?: boolean;
}

export const cable1858Disputed: DisputedAccount[] = [
  { id: 'makers-1909', label: '95 words in 67 minutes', words: 95, seconds: 67 * 60, approx: false, source: 'makers-of-electricity-1909' },
  { id: 'ford-16-5h', label: '16.5 hours', words: 98, seconds: 16.5 * 3_600, approx: false, source: 'henry-ford-galvanometer-16-5h' },
  { id: 'over-17h', label: 'more than 17 hours', words: 98, seconds: 17 * 3_600, approx: false, atLeast: true, source: 'steampunkaddie-17h' },
];

/** 1866 cable speed, words per minute (a range). */
export const cable1866WordsPerMinute = { low: 7.4, high: 8, source: 'atlantic-1866-speed' } as const;

/** Light in silica fibre, km per second (c ÷ ~1.47, rounded). */
export const lightInFibreKmPerS = { value: 200_000, source: 'light-in-fibre' } as const;

/** The model's answer time is an assumption, stated openly: 98 words ≈ 130 tokens at 50 tokens per second. */
export const answerAssumption = { tokens: 130, tokensPerSecond: 50, source: 'answer-time-assumption' } as const;

export interface PacificRoute {
  id: string;
  name: string;
  lengthKm: number;
  source: string;
}

/** The two cables between mainland China and the US west coast, with their lengths. */
export const pacificRoutes: PacificRoute[] = pacificCables.map((c) => ({
  id: c.id,
  name: c.name,
  lengthKm: c.lengthKm,
  source: c.source,
}));
