// The latency figure's rows and its table, built from src/data/latency.ts through src/lib/latency.ts with the
// strings of one language: what each lane says (title, value, note), where it ends on the time axis (low..high
// seconds) and the hollow marks it carries (other accounts, parts of the trip). Pure. The table's publishers come
// from the two source areas the figure cites (telegraph, geo), not the whole registry (~10 KB more in the island).
import { fill } from '../../../i18n/fill';
import type { Messages } from '../../../i18n';
import { sources as telegraphSources } from '../../../data/sources/telegraph';
import { sources as geoSources } from '../../../data/sources/geo';
import {
  answerAssumption,
  cable1858,
  cable1858Disputed,
  cable1866WordsPerMinute,
  lightInFibreKmPerS,
  pacificRoutes,
  queenMessage,
  shipCrossing,
  type DisputedAccount,
} from '../../../data/latency';
import {
  answerSeconds,
  fibreOneWaySeconds,
  fibreRoundTripSeconds,
  formatDuration,
  formatDurationRange,
  secondsForWords,
  type LatencyRowId,
} from '../../../lib/latency';
import { oregonShanghaiKm } from '../../../lib/pacificPath';
import { numberFormat } from '../../../lib/intl';

export interface LatencyMark {
  id: string;
  seconds: number;
  label: string;
}
export interface LatencyRow {
  id: LatencyRowId;
  title: string;
  note: string;
  /** Where the lane ends: one time, or a range (low..high seconds). */
  low: number;
  high: number;
  valueLabel: string;
  /** Other figures drawn as hollow marks on the same lane. */
  marks: LatencyMark[];
  /** Which meaning the lane's colour carries: a ship, a telegraph message, or a request today. */
  kind: 'ship' | 'message' | 'request';
}

// The numbers every row and the table share.
const v = lightInFibreKmPerS.value;
// Light's floor: the Oregon–Shanghai great circle, not a cable system's total length with its branches.
const pathKm = oregonShanghaiKm();
const oneWay = [fibreOneWaySeconds(pathKm, v), fibreOneWaySeconds(pathKm, v)] as const;
const roundTrip = [fibreRoundTripSeconds(pathKm, v), fibreRoundTripSeconds(pathKm, v)] as const;
const answer = answerSeconds(answerAssumption.tokens, answerAssumption.tokensPerSecond);
const request = [roundTrip[0] + answer, roundTrip[1] + answer] as const;
const t1866 = [secondsForWords(queenMessage.words, cable1866WordsPerMinute.high), secondsForWords(queenMessage.words, cable1866WordsPerMinute.low)] as const;

const number = (lang: string, x: number, digits = 0) => numberFormat(lang, { maximumFractionDigits: digits }).format(x);

/** An account of the 1858 message as its source gives it: "95 words in 67 minutes", "16.5 hours", "more than 17 hours". */
function accountLabel(strings: Messages['latency'], lang: string, d: DisputedAccount): string {
  const time = formatDuration(d.seconds, lang, 'long', true);
  if (d.atLeast) return fill(strings.accountAtLeast, { time });
  if (d.words !== queenMessage.words) return fill(strings.accountWords, { words: number(lang, d.words), time });
  return fill(strings.account, { time });
}

export function latencyRows(strings: Messages['latency'], lang: string): Record<LatencyRowId, LatencyRow> {
  const r = strings.rows;
  const dur = (s: number) => formatDuration(s, lang);
  const words = number(lang, queenMessage.words);
  return {
    ship: {
      id: 'ship',
      title: r.ship.title,
      note: r.ship.note,
      low: shipCrossing.seconds,
      high: shipCrossing.seconds,
      valueLabel: fill(r.ship.value, { time: dur(shipCrossing.seconds) }),
      marks: [],
      kind: 'ship',
    },
    'cable-1858': {
      id: 'cable-1858',
      title: fill(r['cable-1858'].title, { words }),
      note: fill(r['cable-1858'].note, { accounts: cable1858Disputed.map((d) => accountLabel(strings, lang, d)).join(strings.accountsJoin) }),
      low: cable1858.seconds,
      high: cable1858.seconds,
      valueLabel: fill(r['cable-1858'].value, { time: dur(cable1858.seconds) }),
      marks: cable1858Disputed.map((d) => ({ id: d.id, seconds: d.seconds, label: accountLabel(strings, lang, d) })),
      kind: 'message',
    },
    'cable-1866': {
      id: 'cable-1866',
      title: fill(r['cable-1866'].title, { words }),
      note: fill(r['cable-1866'].note, {
        rate: numberFormat(lang, { maximumFractionDigits: 1 })
          .formatRange(cable1866WordsPerMinute.low, cable1866WordsPerMinute.high)
          .replace(/[\u2009\u202f]/g, ' '),
      }),
      low: t1866[0],
      high: t1866[1],
      valueLabel: fill(r['cable-1866'].value, { time: formatDurationRange(t1866[0], t1866[1], lang) }),
      marks: [],
      kind: 'message',
    },
    'pacific-light': {
      id: 'pacific-light',
      title: r['pacific-light'].title,
      note: fill(r['pacific-light'].note, {
        speed: number(lang, v),
        oneWay: formatDurationRange(oneWay[0], oneWay[1], lang),
        km: number(lang, Math.round(pathKm / 100) * 100),
        roundTrip: formatDurationRange(roundTrip[0], roundTrip[1], lang),
      }),
      low: oneWay[0],
      high: oneWay[1],
      valueLabel: fill(r['pacific-light'].value, { time: formatDurationRange(oneWay[0], oneWay[1], lang) }),
      marks: [{ id: 'round-trip', seconds: roundTrip[0], label: strings.roundTrip }],
      kind: 'request',
    },
    'request-today': {
      id: 'request-today',
      title: fill(r['request-today'].title, { words }),
      note: fill(r['request-today'].note, {
        tokens: number(lang, answerAssumption.tokens),
        tps: number(lang, answerAssumption.tokensPerSecond),
        time: dur(answer),
      }),
      low: request[0],
      high: request[1],
      valueLabel: fill(r['request-today'].value, { time: formatDurationRange(request[0], request[1], lang) }),
      marks: [],
      kind: 'request',
    },
  };
}

/** Every time the figure can show, for the axis domain. */
export const ALL_SECONDS = [shipCrossing.seconds, cable1858.seconds, ...cable1858Disputed.map((d) => d.seconds), ...t1866, ...oneWay, ...roundTrip, ...request];

export const LATENCY_SOURCE_IDS = [
  ...new Set([
    shipCrossing.source,
    cable1858.source,
    ...cable1858Disputed.map((d) => d.source),
    cable1866WordsPerMinute.source,
    lightInFibreKmPerS.source,
    ...pacificRoutes.map((r) => r.source),
    answerAssumption.source,
  ]),
];

/** Publisher by source id, for the sources the figure cites (a unit test checks each one is here). */
export const LATENCY_PUBLISHERS: ReadonlyMap<string, string> = new Map([...telegraphSources, ...geoSources].map((s) => [s.id, s.publisher]));
const publisher = (id: string) => LATENCY_PUBLISHERS.get(id) ?? id;

export function latencyTableRows(strings: Messages['latency'], lang: string): Record<string, string>[] {
  const t = strings.table;
  const dur = (s: number) => formatDuration(s, lang);
  const n = (x: number, d = 0) => number(lang, x, d);
  const words = n(queenMessage.words);
  return [
    { m: t.rows.ship, t: fill(t.about, { value: dur(shipCrossing.seconds) }), s: n(shipCrossing.seconds), src: publisher(shipCrossing.source) },
    { m: fill(t.rows.cable1858, { words }), t: fill(t.about, { value: dur(cable1858.seconds) }), s: n(cable1858.seconds), src: publisher(cable1858.source) },
    ...cable1858Disputed.map((d) => {
      const time = formatDuration(d.seconds, lang, 'long', true);
      return {
        m: fill(t.rows.cable1858Other, { words: n(d.words) }),
        t: d.atLeast ? fill(t.atLeast, { value: time }) : time,
        s: d.atLeast ? fill(t.atLeastSeconds, { value: n(d.seconds) }) : n(d.seconds),
        src: publisher(d.source),
      };
    }),
    ...[cable1866WordsPerMinute.high, cable1866WordsPerMinute.low].map((rate) => {
      const s = secondsForWords(queenMessage.words, rate);
      return { m: fill(t.rows.cable1866, { words, rate: n(rate, 1) }), t: dur(s), s: n(s, 1), src: publisher(cable1866WordsPerMinute.source) };
    }),
    ...pacificRoutes.flatMap((r) => [
      {
        m: fill(t.rows.lightOneWay, { name: t.cables[r.id] ?? r.name, km: n(r.lengthKm) }),
        t: dur(fibreOneWaySeconds(r.lengthKm, v)),
        s: n(fibreOneWaySeconds(r.lengthKm, v), 5),
        src: publisher(r.source),
      },
      {
        m: fill(t.rows.lightRoundTrip, { name: t.cables[r.id] ?? r.name }),
        t: dur(fibreRoundTripSeconds(r.lengthKm, v)),
        s: n(fibreRoundTripSeconds(r.lengthKm, v), 5),
        src: t.ours,
      },
    ]),
    {
      m: fill(t.rows.answer, { tokens: n(answerAssumption.tokens), tps: n(answerAssumption.tokensPerSecond) }),
      t: dur(answer),
      s: n(answer, 2),
      src: t.assumption,
    },
    {
      m: t.rows.request,
      t: formatDurationRange(request[0], request[1], lang),
      s: numberFormat(lang, { maximumFractionDigits: 3 })
        .formatRange(request[0], request[1])
        .replace(/[\u2009\u202f]/g, ' '),
      src: t.ours,
    },
  ];
}
