// Hand-worked checks of the latency arithmetic (src/lib/latency.ts) and the timing data (src/data/latency.ts).
import { describe, expect, it } from 'vitest';
import {
  answerSeconds,
  fibreOneWaySeconds,
  fibreRoundTripSeconds,
  formatDuration,
  formatDurationRange,
  TIME_GRIDLINES,
  timeDomain,
  minutesForWords,
  pickUnit,
  requestTodaySeconds,
  secondsForWords,
  validateLatencyState,
  wordsPerMinute,
  LATENCY_ROWS,
} from '../../src/lib/latency';
import { messagesFor } from '../../src/i18n';
import { ALL_SECONDS, LATENCY_PUBLISHERS, LATENCY_SOURCE_IDS, latencyRows, latencyTableRows } from '../../src/components/charts/latency/latencyRows';
import {
  answerAssumption,
  cable1858,
  cable1858Disputed,
  cable1866WordsPerMinute,
  lightInFibreKmPerS,
  pacificRoutes,
  queenMessage,
  shipCrossing,
} from '../../src/data/latency';
import { scenes } from '../../src/scenes/charts/latency.scenes';
import { sourceById } from '../../src/data/sources';

describe('telegraph arithmetic', () => {
  it('98 words at 8 and at 7.4 words per minute (1866)', () => {
    expect(minutesForWords(98, 8)).toBeCloseTo(12.25, 12); // 98 / 8
    expect(secondsForWords(98, 8)).toBeCloseTo(735, 12); // 12.25 x 60
    expect(minutesForWords(98, 7.4)).toBeCloseTo(13.2432, 4); // 98 / 7.4
    expect(secondsForWords(98, 7.4)).toBeCloseTo(794.59, 2);
  });
  it('98 words in 16 hours is about 0.1 words per minute (1858)', () => {
    expect(wordsPerMinute(98, 16 * 3600)).toBeCloseTo(0.10208, 5); // 98 / 960 min
    // the 1909 account: 95 words in 67 minutes = 1.418 wpm
    expect(wordsPerMinute(95, 67 * 60)).toBeCloseTo(1.41791, 5);
  });
  it('rejects a zero rate', () => {
    expect(() => minutesForWords(98, 0)).toThrow(RangeError);
  });
});

describe('light in fibre across the Pacific', () => {
  it('NCP 13,618 km and TPE 17,968 km at 200,000 km/s', () => {
    expect(fibreOneWaySeconds(13_618, 200_000)).toBeCloseTo(0.06809, 8); // 68.09 ms
    expect(fibreRoundTripSeconds(13_618, 200_000)).toBeCloseTo(0.13618, 8);
    expect(fibreOneWaySeconds(17_968, 200_000)).toBeCloseTo(0.08984, 8); // 89.84 ms
    expect(fibreRoundTripSeconds(17_968, 200_000)).toBeCloseTo(0.17968, 8);
  });
  it('a request today: round trip plus 130 tokens at 50 tokens per second', () => {
    expect(answerSeconds(130, 50)).toBeCloseTo(2.6, 12);
    expect(requestTodaySeconds(13_618, 200_000, 130, 50)).toBeCloseTo(2.73618, 8);
  });
  it('guards against zero speeds', () => {
    expect(() => fibreOneWaySeconds(1, 0)).toThrow(RangeError);
    expect(() => answerSeconds(1, 0)).toThrow(RangeError);
  });
});

describe('durations in words', () => {
  it('picks a readable unit', () => {
    expect(pickUnit(0.068)).toEqual({ unit: 'millisecond', value: 68 });
    expect(pickUnit(2.6).unit).toBe('second');
    expect(pickUnit(735)).toEqual({ unit: 'minute', value: 12.25 });
    expect(pickUnit(16 * 3600)).toEqual({ unit: 'hour', value: 16 });
    expect(pickUnit(10 * 86400)).toEqual({ unit: 'day', value: 10 });
  });
  it('formats with Intl', () => {
    expect(formatDuration(16 * 3600)).toBe('16 hours');
    expect(formatDuration(16.5 * 3600)).toBe('17 hours'); // >= 10 rounds to whole units
    expect(formatDuration(0.09, 'en', 'short')).toBe('90 ms');
    expect(formatDuration(0.06809)).toBe('68 milliseconds');
    expect(formatDuration(2.6)).toBe('2.6 seconds');
    expect(formatDuration(67 * 60)).toBe('67 minutes');
    expect(formatDuration(10 * 86400)).toBe('10 days');
    expect(formatDuration(735)).toBe('12 minutes');
    expect(formatDuration(16.5 * 3600, 'en', 'long', true)).toBe('16.5 hours');
    expect(formatDuration(0.06809, 'pt', 'short')).toBe('68 ms');
  });
  it('formats ranges in one unit, or each end in its own', () => {
    expect(formatDurationRange(735, 794.6)).toBe('12–13 min'); // 12.25 and 13.24 minutes
    expect(formatDurationRange(0.06809, 0.08984)).toBe('68–90 ms');
    expect(formatDurationRange(2.73618, 2.77968)).toBe('2.7–2.8 sec');
    expect(formatDurationRange(0.736, 1.2)).toBe('736 ms – 1.2 sec');
    expect(formatDurationRange(16 * 3600, 16.2 * 3600)).toBe('16 hr');
  });
  it('spans the time axis from half the fastest to twice the slowest, with gridlines at whole units', () => {
    expect(timeDomain([0.068, 864_000])).toEqual([0.034, 1_728_000]);
    expect(TIME_GRIDLINES.map((g) => g.seconds)).toEqual([0.1, 1, 60, 3600, 86_400]);
  });
});

describe('timing data', () => {
  it('holds the fact-sheet values', () => {
    expect(queenMessage.words).toBe(98);
    expect(cable1858.seconds).toBe(57_600); // 16 h
    expect(shipCrossing.seconds).toBe(864_000); // 10 days
    expect(cable1866WordsPerMinute).toMatchObject({ low: 7.4, high: 8 });
    expect(lightInFibreKmPerS.value).toBe(200_000);
    expect(answerAssumption).toMatchObject({ tokens: 130, tokensPerSecond: 50 });
    expect(cable1858Disputed.map((d) => d.seconds)).toEqual([4020, 59_400, 61_200]);
  });
  it('takes both Pacific cables from the cable data', () => {
    const byId = Object.fromEntries(pacificRoutes.map((r) => [r.id, r.lengthKm]));
    expect(byId).toEqual({ tpe: 17_968, ncp: 13_618 });
  });
  it('every value names a known source', () => {
    const ids = [
      queenMessage.source,
      cable1858.source,
      shipCrossing.source,
      cable1866WordsPerMinute.source,
      lightInFibreKmPerS.source,
      answerAssumption.source,
      ...cable1858Disputed.map((d) => d.source),
      ...pacificRoutes.map((r) => r.source),
    ];
    for (const id of ids) expect(sourceById.has(id), id).toBe(true);
  });
});

describe('latency scene state', () => {
  it('accepts the scene', () => {
    expect(scenes.map((s) => s.id)).toEqual(['latency-race']);
    for (const s of scenes) expect(validateLatencyState(s.state)).toEqual([]);
  });
  it('rejects bad states', () => {
    expect(validateLatencyState(undefined)).toHaveLength(1);
    expect(validateLatencyState({ rows: [], showDisputed: true })).toHaveLength(1);
    expect(validateLatencyState({ rows: ['ship', 'ship'], showDisputed: false })).toHaveLength(1);
    expect(validateLatencyState([])).toEqual(['latency state must be an object']);
    // The disputed accounts belong to the 1858 message: asking for them without its row is an error, not ignored.
    expect(validateLatencyState({ rows: ['ship'], showDisputed: true }).join()).toMatch(/showDisputed needs the cable-1858 row/);
    expect(validateLatencyState({ rows: ['pigeon'], showDisputed: 'yes' })).toHaveLength(2);
    expect(validateLatencyState({ rows: ['ship'], showDisputed: false, speed: 2 })).toHaveLength(1);
  });
});

describe('latency strings (src/i18n/en/latency.ts): rows and table filled from the data', () => {
  const strings = messagesFor('en').latency;
  const clean = (s: string, what: string) => {
    expect(s, what).not.toMatch(/\{\w+\}|undefined|NaN/);
    expect(s.trim(), what).not.toBe('');
  };
  const plain = (s: string) => s.replace(/\u2009/g, ' ');
  it('has a reading for each scene and nothing for scenes that do not exist', () => {
    expect(Object.keys(strings.scenes).sort()).toEqual(scenes.map((s) => s.id).sort());
  });
  it('writes every lane from the data, as the figure has always shown it', () => {
    const rows = latencyRows(strings, 'en');
    expect(Object.keys(rows)).toEqual([...LATENCY_ROWS]);
    for (const r of Object.values(rows)) for (const s of [r.title, r.note, r.valueLabel]) clean(s, r.id);
    expect(Object.values(rows).map((r) => plain(r.valueLabel))).toEqual([
      'about 10 days',
      'about 16 hours (disputed)',
      '12–13 min', // 98/8 = 12.25 min, 98/7.4 = 13.2 min
      'at least 46 ms one way', // the Oregon–Shanghai great circle (about 9,200 km) at 200,000 km/s
      'about 2.7 sec', // round trip (92 ms) + 130 tokens at 50/s
    ]);
    expect(rows['cable-1858'].title).toBe('1858 cable: the Queen’s 98 words');
    expect(rows['cable-1858'].note).toBe('Accounts disagree: 95 words in 67 minutes; 16.5 hours; more than 17 hours.');
    expect(rows['cable-1858'].marks).toHaveLength(cable1858Disputed.length);
    expect(rows['pacific-light'].note).toMatch(/about 200,000 km\/s\) takes 46 ms one way over the 9,200 km great circle from Oregon to Shanghai/);
  });
  it('builds the table with no gaps, its sources from the registry', () => {
    const t = latencyTableRows(strings, 'en');
    for (const r of t) for (const k of ['m', 't', 's', 'src']) clean(r[k], `${r.m}/${k}`);
    expect(t.find((r) => r.m.startsWith('1858 cable, other account: 95'))!.t).toBe('67 minutes');
    expect(t.find((r) => r.m === 'Ship')!.src).toBe(sourceById.get(shipCrossing.source)!.publisher);
    for (const id of LATENCY_SOURCE_IDS) {
      expect(sourceById.has(id), id).toBe(true);
      expect(LATENCY_PUBLISHERS.get(id), `${id}: its publisher is in the areas the figure imports`).toBe(sourceById.get(id)!.publisher);
    }
  });
  it('puts every time the figure shows on its axis', () => {
    const [lo, hi] = timeDomain(ALL_SECONDS);
    for (const s of ALL_SECONDS) expect(s > lo && s < hi).toBe(true);
  });
});
