// Bitcoin hashrate by country and by Chinese province, as published by CBECI (facts.md §4).
// Only published points are here: no interpolated months, no invented values. A country missing from a
// point was not published for that point (it is absent, never zero). Every value names its source id
// (src/data/sources/mining.ts). Consumers: the hashrate chart, the map's mining layers (provinceShares).

export type CountryId = 'china' | 'us' | 'kazakhstan' | 'russia' | 'canada' | 'malaysia' | 'iran' | 'ireland' | 'germany' | 'norway' | 'unattributed';

/** One published share (% of global hashrate). */
export interface ShareValue {
  pct: number;
  /** The source gives the number as approximate ("~44"). */
  approx?: boolean;
  /** When sources disagree, the higher reported value (pct is the lower). */
  upper?: number;
  source: string;
}

export type PointId = 'sep-2019' | 'avg-sep-2019-apr-2020' | 'apr-2021' | 'may-2021' | 'jul-2021' | 'aug-2021' | 'sep-2021' | 'jan-2022';

/** A published point: one month, or an average over a span of months (first release). */
export interface HashratePoint {
  id: PointId;
  /** A single month, or an average over the months from..to; pages write the period with src/lib/dates.ts. */
  kind: 'month' | 'average';
  /** First and last month covered, 'YYYY-MM'. Equal for a single month. */
  from: string;
  to: string;
  shares: Partial<Record<CountryId, ShareValue>>;
  note?: string;
}

const S19 = 'cbeci-sep-2019-apr-2021';
const FIRST = 'cbeci-first-release-2020';
const MAY21 = 'cbeci-may-2021';
const AUG21 = 'cbeci-update-aug-2021';
const SEP21 = 'cbeci-sep-2021-rebound';
const JAN22 = 'cbeci-jan-2022';

export const hashratePoints: HashratePoint[] = [
  {
    id: 'sep-2019',
    kind: 'month',
    from: '2019-09',
    to: '2019-09',
    shares: {
      china: { pct: 75.53, source: S19 },
      us: { pct: 4.1, source: S19 },
      kazakhstan: { pct: 1.4, source: S19 },
    },
  },
  {
    id: 'avg-sep-2019-apr-2020',
    kind: 'average',
    from: '2019-09',
    to: '2020-04',
    shares: {
      china: { pct: 65.08, source: FIRST },
      us: { pct: 7.24, source: FIRST },
      kazakhstan: { pct: 6.17, source: FIRST },
      russia: { pct: 6.9, source: FIRST },
      canada: { pct: 0.82, source: FIRST },
      malaysia: { pct: 4.33, source: FIRST },
      iran: { pct: 3.82, source: FIRST },
    },
    note: 'First release of the CBECI mining map (May 2020).',
  },
  {
    id: 'apr-2021',
    kind: 'month',
    from: '2021-04',
    to: '2021-04',
    shares: {
      china: { pct: 46.0, source: S19 },
      us: { pct: 16.8, source: S19 },
      kazakhstan: { pct: 8.2, source: S19 },
      russia: { pct: 6.8, source: S19 },
      iran: { pct: 4.6, source: S19 },
    },
  },
  {
    id: 'may-2021',
    kind: 'month',
    from: '2021-05',
    to: '2021-05',
    shares: {
      china: { pct: 44, approx: true, source: MAY21 },
      us: { pct: 17.8, source: MAY21 },
      kazakhstan: { pct: 7.4, source: MAY21 },
      russia: { pct: 7.2, source: MAY21 },
      canada: { pct: 4.7, source: MAY21 },
    },
  },
  {
    id: 'jul-2021',
    kind: 'month',
    from: '2021-07',
    to: '2021-07',
    shares: {
      china: { pct: 0, source: AUG21 },
      russia: { pct: 12, approx: true, source: AUG21 },
    },
  },
  {
    id: 'aug-2021',
    kind: 'month',
    from: '2021-08',
    to: '2021-08',
    shares: {
      china: { pct: 0, source: AUG21 },
      us: { pct: 35.4, source: AUG21 },
      kazakhstan: { pct: 18.1, source: AUG21 },
      russia: { pct: 11.0, upper: 11.23, source: AUG21 },
      canada: { pct: 9.55, source: AUG21 },
      ireland: { pct: 4.68, source: AUG21 },
      malaysia: { pct: 4.59, source: AUG21 },
      germany: { pct: 4.48, source: AUG21 },
      iran: { pct: 3.11, source: AUG21 },
      norway: { pct: 0.58, source: AUG21 },
    },
  },
  {
    id: 'sep-2021',
    kind: 'month',
    from: '2021-09',
    to: '2021-09',
    shares: {
      china: { pct: 22.3, source: SEP21 },
    },
    note: 'Reported as covert mining, partly through overseas proxies.',
  },
  {
    id: 'jan-2022',
    kind: 'month',
    from: '2022-01',
    to: '2022-01',
    shares: {
      china: { pct: 21.11, source: JAN22 },
      us: { pct: 37.84, source: JAN22 },
      kazakhstan: { pct: 13.22, source: JAN22 },
      russia: { pct: 4.66, source: JAN22 },
      canada: { pct: 6.48, source: JAN22 },
      unattributed: { pct: 9, approx: true, source: JAN22 },
    },
  },
];

/** Chinese provinces, % of GLOBAL hashrate, Sep 2019 – Apr 2020 average (first release). */
export interface ProvinceShare {
  id: 'xinjiang' | 'sichuan' | 'inner-mongolia' | 'yunnan' | 'beijing';
  name: string;
  sharePct: number;
  /** The published point the shares belong to (the first release's average). */
  point: PointId;
  source: string;
}

export const provinceShares: ProvinceShare[] = [
  { id: 'xinjiang', name: 'Xinjiang', sharePct: 35.76, point: 'avg-sep-2019-apr-2020', source: FIRST },
  { id: 'sichuan', name: 'Sichuan', sharePct: 9.66, point: 'avg-sep-2019-apr-2020', source: FIRST },
  { id: 'inner-mongolia', name: 'Inner Mongolia', sharePct: 8.07, point: 'avg-sep-2019-apr-2020', source: FIRST },
  { id: 'yunnan', name: 'Yunnan', sharePct: 5.42, point: 'avg-sep-2019-apr-2020', source: FIRST },
  { id: 'beijing', name: 'Beijing', sharePct: 1.73, point: 'avg-sep-2019-apr-2020', source: FIRST },
];

/** Provinces each below 1% of global hashrate in the same period (no individual figure published). */
export const smallProvinces = {
  names: ['Zhejiang', 'Shanxi', 'Gansu', 'Qinghai', 'Ningxia'],
  /** The same provinces by id, in the same order (for each language's names). */
  ids: ['zhejiang', 'shanxi', 'gansu', 'qinghai', 'ningxia'],
  belowPct: 1,
  source: FIRST,
};

/** Sichuan and Xinjiang as % of CHINA's hashrate, start vs peak of the 2020 wet season. */
export const wetSeasonSwing = {
  year: 2020,
  basis: "share of China's hashrate",
  sichuan: { startPct: 14.9, peakPct: 61.1 },
  xinjiang: { startPct: 55.1, peakPct: 9.6 },
  source: 'ccaf-sichuan-wet-season-2020',
} as const;

export interface CrackdownEvent {
  id: string;
  /**
   * Position on a time axis, 'YYYY-MM-DD'. For events known only to the month, the mid-month or span start. With
   * `precision` it says the date as it can honestly be stated (src/lib/dates.ts formatDated: "9 Jun 2021",
   * "mid-Jun 2021", "May 2021", "Jul – Aug 2021" in the page's language).
   */
  date: string;
  /** Last day for spans (Jul–Aug 2021). */
  end?: string;
  /** How precise the date is. */
  precision: 'day' | 'month' | 'part-of-month' | 'span';
  /* What happened is written by each language: src/i18n/<lang>/hashrate.ts events[id] (a sentence and a few words). */
  /** verified, or 'date-unverified' when the event is verified but its exact day is not. */
  confidence: 'verified' | 'date-unverified';
  source: string;
  /** The numbers the event's text cites, for each language's sentence: a count, a deadline, EH/s, a share. */
  figures?: { count?: number; by?: string; ehs?: number; sharePct?: number };
}

export const crackdownEvents: CrackdownEvent[] = [
  {
    id: 'inner-mongolia',
    date: '2021-03-05',
    precision: 'part-of-month',
    confidence: 'verified',
    source: 'inner-mongolia-mining-exit-2021',
  },
  {
    id: 'state-council',
    date: '2021-05-15',
    precision: 'month',
    confidence: 'date-unverified',
    source: 'fsdc-crackdown-may-2021',
  },
  {
    id: 'xinjiang-qinghai',
    date: '2021-06-09',
    precision: 'day',
    confidence: 'verified',
    source: 'xinjiang-qinghai-mining-ban-2021',
  },
  {
    id: 'yunnan',
    date: '2021-06-15',
    precision: 'part-of-month',
    confidence: 'verified',
    source: 'yunnan-mining-crackdown-2021',
  },
  {
    id: 'sichuan',
    date: '2021-06-18',
    precision: 'day',
    confidence: 'verified',
    source: 'sichuan-mining-shutdown-2021',
    figures: { count: 26, by: '2021-06-20' },
  },
  {
    id: 'hashrate-low',
    date: '2021-06-27',
    precision: 'day',
    confidence: 'verified',
    source: 'cbeci-jan-2022',
    figures: { ehs: 57.47 },
  },
  {
    id: 'zero',
    date: '2021-07-01',
    end: '2021-08-31',
    precision: 'span',
    confidence: 'verified',
    source: 'cbeci-update-aug-2021',
    figures: { sharePct: 0 },
  },
  {
    id: 'ban',
    date: '2021-09-24',
    precision: 'day',
    confidence: 'verified',
    source: 'china-crypto-ban-sep-2021',
  },
];

/** Network hashrate low point (EH/s), shown beside the ban. */
export const hashrateLow = { ehs: 57.47, date: '2021-06-27', source: 'cbeci-jan-2022' } as const;

/** What CBECI measures (shown as a note under the chart). */
export const cbeciCaveat = {
  /* The caveat's words are each language's (hashrate.caveat, sources.methodsCbeci): CBECI locates miners by IP
     address on a few partner pools; VPNs distort it. */
  /** Share of all hashrate the partner pools cover (35–44%). */
  poolSharePct: { low: 35, high: 44 },
  source: 'cbeci-methodology',
} as const;

/** Further published mining figures (facts.md §4), each with its source. The June 2021 drop and the
 * wet-season hydro price live in src/data/history.ts (contextFacts). */
export const miningFigures = {
  /** Network hashrate low, recovery and peak (EH/s). */
  networkLow: { ehs: 57.47, date: '2021-06-27', source: 'cbeci-jan-2022' },
  networkRecovery: { ehs: 193.64, date: '2021-12-21', source: 'cbeci-jan-2022' },
  networkPeak: { ehs: 248.11, date: '2022-02', source: 'cbeci-jan-2022' },
  /** China's share before CBECI existed (2015–16): "more than 70%". */
  china2015to2016: { morethanPct: 70, source: 'hashrate-china-2015-2016' },
  /** Hydro over-capacity in Sichuan and Yunnan, 2016 (TWh). */
  hydroOvercapacity2016: { twh: 45.6, source: 'hydro-overcapacity-2016' },
  /** Absolute hashrate, Jan 2022 (EH/s). */
  absoluteJan2022: { us: 71, china: 39.6, kazakhstan: 24.8, source: 'hashrate-absolute-jan-2022' },
  /** End of the 2020 wet season: EH/s that dropped off around 25–26 Oct 2020. */
  wetSeasonEndDropEhs: { low: 20, high: 22, date: '2020-10-25', source: 'hashrate-wet-season-end-2020' },
} as const;
