// English UI strings of the latency group (see src/i18n/index.ts): "crossing an ocean", the latency race.
// Numbers are never written here: every {placeholder} is filled with a value from src/data/latency.ts, formatted by Intl.
import type { LatencyRowId } from '../../lib/latency';

export const latency = {
  title: 'How long does a message take to cross an ocean?',
  /** The one-line reading under the title, by scene id. */
  scenes: {
    'latency-race': {
      reading: 'Time on a logarithmic axis: each gridline is many times the one before it.',
    },
  },
  /** Shown in the server HTML until the chart has loaded (and for good if its code never does). */
  fixedView: 'Fixed view: every message has arrived. The race replays once the chart has loaded.',
  how: 'Each lane ends when the message has arrived.',
  howShort: 'Log time scale; lanes end on arrival.',
  race: 'Replay the race',
  racing: 'Racing…',
  clock: 'Clock: {time}',

  rows: {
    ship: {
      title: 'By ship: a letter',
      note: 'Before the cable, news crossed the Atlantic by steamship.',
      value: 'about {time}',
    },
    'cable-1858': {
      title: '1858 cable: the Queen’s {words} words',
      note: 'Accounts disagree: {accounts}.',
      value: 'about {time} (disputed)',
    },
    'cable-1866': {
      title: '1866 cable: the same {words} words',
      note: 'At {rate} words a minute.',
      value: '{time}',
    },
    'pacific-light': {
      title: 'Today: light from Oregon to Shanghai',
      note:
        'Light in fibre (about {speed} km/s) takes {oneWay} one way over the {km} km great circle from Oregon to Shanghai, ' +
        'and {roundTrip} there and back: a floor, since the cables run longer and repeaters and routing add more.',
      value: 'at least {time} one way',
    },
    'request-today': {
      title: 'Today: a request and a {words}-word answer',
      note:
        'Round trip on the cable plus the model writing its answer. The answer time is our assumption: about {tokens} tokens ' +
        'at {tps} tokens a second, {time}; real models and loads vary.',
      value: 'about {time}',
    },
  } satisfies Record<LatencyRowId, { title: string; note: string; value: string }>,
  /** The other accounts of the 1858 message: its length when it differs from the Queen's, and lower bounds. */
  account: '{time}',
  accountWords: '{words} words in {time}',
  accountAtLeast: 'more than {time}',
  accountsJoin: '; ',
  roundTrip: 'round trip',
  key: 'hollow marks: other accounts, or parts of the trip (light one way, round trip).',
  aria: '{rows}.',
  ariaRow: '{title}: {value}',
  ariaJoin: '. ',

  sourceLabel: 'Source:',
  source:
    'Ship: crossing times as reported by naval-history writers (secondary; see Sources). 1858 message: The Henry Ford museum and ' +
    'Potamian & Walsh, Telegraph Pioneers (Fordham University Press, 1909); accounts differ. 1866 speed: House Divided project, ' +
    'Dickinson College, citing Hearn. Today: great circle between the cable landings listed by TeleGeography; light in fibre is ' +
    'physics (c ÷ ~1.47). The answer time is our assumption.',
  allSources: 'All sources',

  table: {
    summary: 'Data table',
    caption: 'Time to cross: exact values',
    message: 'Message',
    time: 'Time',
    seconds: 'Seconds',
    source: 'Source',
    ours: 'Our arithmetic',
    assumption: 'Our assumption',
    rows: {
      ship: 'Ship',
      cable1858: '1858 cable, {words} words (figure used)',
      cable1858Other: '1858 cable, other account: {words} words',
      cable1866: '1866 cable, {words} words at {rate} words/min',
      lightOneWay: 'Light, one way, {name} ({km} km)',
      lightRoundTrip: 'Light, round trip, {name}',
      answer: 'Model’s answer (assumption: {tokens} tokens at {tps}/s)',
      request: 'Request and answer today (round trip + answer)',
    },
    /** The Pacific cables' names, by cable id (src/data/cables.ts), as their owners write them. */
    cables: { tpe: 'Trans-Pacific Express (TPE)', ncp: 'New Cross Pacific (NCP)' } as Record<string, string>,
    about: 'about {value}',
    atLeast: 'more than {value}',
    atLeastSeconds: '> {value}',
  },
} as const;
