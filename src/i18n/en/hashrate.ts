// English UI strings of the hashrate group (see src/i18n/index.ts): where Bitcoin was mined, as CBECI published it.
// Numbers are never written here. A scene's reading names the published values it cites by placeholder
// (shareValues in src/lib/hashrate.ts: {china_sep_2019}, {month_apr_2021}, {xinjiang}, {event_zero}, ...).
import type { CountryId } from '../../data/hashrate';

export const hashrate = {
  title: 'Where Bitcoin was mined: share of global hashrate',
  /** The view buttons' group label (visible on wide screens). */
  controlsLabel: 'Show',
  /** Each scene's view button and its one-line reading, by scene id (src/scenes/charts/hashrate.scenes.ts);
      both are filled with shareValues(). */
  scenes: {
    'hashrate-before': {
      view: '{year_sep_2019}',
      reading:
        'In {month_sep_2019} China had {china_sep_2019} of the world’s Bitcoin hashrate; the US had {us_sep_2019} and ' + 'Kazakhstan {kazakhstan_sep_2019}.',
    },
    'hashrate-provinces': {
      view: 'Provinces',
      reading:
        'Xinjiang alone averaged {xinjiang} of global hashrate ({period_avg_sep_2019_apr_2020}). In the {wet_year} wet season ' +
        'Sichuan’s share of China’s hashrate rose from {sichuan_wet_start} to {sichuan_wet_peak}.',
    },
    'hashrate-ban': {
      view: '{year_apr_2021} ban',
      reading:
        'China’s share fell from {china_apr_2021} in {month_apr_2021} to {china_jul_2021} in {event_zero}, after provincial ' +
        'shutdown orders and the State Council’s pledge in {event_state_council}.',
    },
    'hashrate-migration': {
      view: 'After',
      reading:
        'By {month_jan_2022} the US had {us_jan_2022} and Kazakhstan {kazakhstan_jan_2022}. China was back at ' +
        '{china_jan_2022}, reported as covert mining.',
    },
  },
  /** Shown over the drawing in the server HTML until the chart has loaded (and for good if its code never does). */
  fixedView: 'Fixed view: the buttons work once the chart has loaded.',
  approx: '~{value}',

  countries: {
    china: 'China',
    us: 'United States',
    kazakhstan: 'Kazakhstan',
    russia: 'Russia',
    canada: 'Canada',
    malaysia: 'Malaysia',
    iran: 'Iran',
    ireland: 'Ireland',
    germany: 'Germany',
    norway: 'Norway',
    unattributed: 'Unattributed',
  } satisfies Record<CountryId, string>,
  /** Names on the drawing itself (the legend gives the full ones): short where a phone needs it. */
  countriesOnChart: { china: 'China', us: 'US', kazakhstan: 'Kazakhstan', russia: 'Russia', canada: 'Canada' },
  countriesOnNarrowChart: { china: 'China', us: 'US', kazakhstan: 'Kaz.', russia: 'Russia', canada: 'Canada' },
  label: '{country} {share}',
  /** What a labelled point means in the story, after its value on the drawing ('China 75.53%: the high'). */
  labelNotes: { peak: '{label}, the highest published', exodus: '{label}: the miners leave', rebound: '{label}: covert rebound' },
  labelAverage: '{country} avg {share}',
  legendAverage: '{period} average',
  legendProvinces: 'A province’s share of global hashrate',
  legendChina: 'All of China’s share',
  crackdownBand: '{year} crackdown',
  timelineAria: 'Line chart of each country’s share of global Bitcoin hashrate at CBECI’s published points, {from} to {to}. {reading}',

  provincesAria:
    'Bar chart of Chinese provinces’ shares of global Bitcoin hashrate, {period} average, and Sichuan’s and Xinjiang’s ' +
    'wet-season swing in {year}. {reading}',
  provincesTitle: 'Share of global hashrate, {period} average',
  wetTitle: '{year} wet season, share of China’s hashrate: ○ at its start → ● at its height (Sichuan up, Xinjiang down)',
  /** The same, on a drawing too short for the long one (the smallest phones). */
  wetTitleShort: '{year} wet season, share of China’s hashrate: ○ start → ● height',
  allChina: 'All China',
  provinces: {
    xinjiang: 'Xinjiang',
    sichuan: 'Sichuan',
    'inner-mongolia': 'Inner Mongolia',
    yunnan: 'Yunnan',
    beijing: 'Beijing',
    zhejiang: 'Zhejiang',
    shanxi: 'Shanxi',
    gansu: 'Gansu',
    qinghai: 'Qinghai',
    ningxia: 'Ningxia',
  } as Record<string, string>,

  /** The 2021 crackdown, by event id (src/data/hashrate.ts): a few words for the chart, a sentence for the table. */
  events: {
    'inner-mongolia': { short: 'Inner Mongolia moves against miners', event: 'Inner Mongolia moves to clear out crypto mining' },
    'state-council': {
      short: 'State Council vows a crackdown',
      event: 'State Council’s financial stability committee vows to crack down on Bitcoin mining and trading',
    },
    'xinjiang-qinghai': { short: 'Xinjiang and Qinghai orders', event: 'Xinjiang orders some miners shut; Qinghai bans mining' },
    yunnan: { short: 'Yunnan crackdown', event: 'Yunnan cracks down' },
    sichuan: { short: 'Sichuan shutdown order', event: 'Sichuan orders {count} suspected mining projects shut by {by}' },
    'hashrate-low': { short: 'global hashrate low, {ehs} EH/s', event: 'Global hashrate bottoms at {ehs} EH/s' },
    zero: { short: 'China at {share}', event: 'CBECI shows China’s share at {share}' },
    ban: { short: 'mining declared illegal', event: 'Crypto business declared illegal; mining listed as an industry to eliminate' },
  } as Record<string, { short: string; event: string }>,
  partOfMonth: { early: 'early {month}', mid: 'mid-{month}', late: 'late {month}' },
  /** Marks an event whose month is verified but not its day. */
  dayUnverified: '*',
  eventsFoot: '* Month verified, day not. Blank months: no published figure here.',
  caveat:
    'CBECI locates miners by IP address on a few partner pools ({pools} of all hashrate); VPNs distort it. ' +
    'Months with no published figure here are left blank.',
  provincesNote:
    'CBECI province figures come from the same pool data (Zhejiang redistributed to neighbouring provinces). ' +
    'Wet-season figures are shares of China’s hashrate, not of the world’s.',
  source:
    'Cambridge Centre for Alternative Finance, CBECI mining map (published points {from} – {to}, as released and reported); ' +
    'crackdown dates from Reuters, China Daily and others.',

  table: {
    summary: 'Data: the published values',
    sharesCaption: 'Share of global hashrate (%), CBECI; {missing} = not published for that point',
    missing: '—',
    point: 'Published point',
    others: 'Others',
    otherShare: '{country} {share}',
    sourceId: 'Source id',
    provincesCaption: 'Chinese provinces, share of global hashrate (%), {period}',
    province: 'Province',
    share: 'Share',
    eachBelow: 'each < {pct}',
    wetCaption: '{year} wet season, share of China’s hashrate (%)',
    wetStart: 'Start of wet season',
    wetPeak: 'Peak',
    eventsCaption: 'China crackdown, {year}',
    date: 'Date',
    event: 'Event',
    confidence: 'Confidence',
    verified: 'verified',
    dateUnverified: 'event verified; exact day not',
  },
} as const;
