// English UI strings of the map group (see src/i18n/index.ts): the legend, notes, labels that are not place
// names, the data table, the source line and the map's text alternative. Place names are data (src/data).
// Placeholders are {name}; numbers arrive already formatted by Intl for the page's language.
export const map = {
  /** Legend: one entry per moving flow. */
  legend: {
    requests: 'Requests',
    responses: 'Answers',
    power: 'Electricity (schematic)',
    migration: 'Miners moving',
    'message-1858': '1858 message (very slow)',
    'message-1866': '1866 messages',
  },
  /** Notes under the legend while a layer is on. */
  notes: {
    cables: 'Cable routes are stylized: straight great-circle segments between landing points.',
    power: 'Power routes from plants to hubs are schematic.',
  },
  /** The opening's one request: its times (the cable's round trip, the answer's writing time, an assumption). */
  journey: 'One request: at least {cable} there and back under the Pacific, about {answer} to write the answer in China.',
  landFailed: 'Coastlines could not be loaded; places and routes are still drawn to scale.',
  /** Map labels that are not place names. */
  labels: {
    cableYear: '{year} cable',
    uhvLine: '±{kv} kV line',
    /** A province that acted against miners in 2021, with the date it did. */
    crackdown: '{name}, {date}',
    /** Where the 1858 ships met and joined their cable ends. */
    shipsMet: 'The ships met here, {date}',
  },
  /** The "What" and "Value" cells of the data table. */
  rows: {
    cableRoute: 'cable route',
    cableEnd: '{year} cable end',
    pacificCable: 'cable, ready {date}',
    km: '{km} km',
    landing: 'cable landing',
    inlandHub: 'inland cable hub',
    devCity: 'developer city',
    modelMaker: 'model maker',
    dcHub: 'data-centre cluster ({note})',
    hashrateShare: 'share of global hashrate, Sep 2019-Apr 2020',
    percent: '{value}%',
    provinceLabel: '{name} {value}',
    miningProvince: 'mining province',
    crackdown: 'province that acted against miners in 2021',
    actedOn: 'acted {date}',
    minerDestination: 'destination of miners after the 2021 ban (symbolic point)',
    minerOrigin: 'where the miners left from (country point)',
    power: 'power: {kind}; {note}',
    capacity: '{mw} MW',
    capacityPlanned: '{mw} MW planned',
    uhvLine: 'UHV DC line (drawn straight)',
    uhvValue: '{mw} MW; {km1} or {km2} km',
    uhvEnd: 'UHV converter-station end',
    country: 'country (shaded)',
    highlighted: 'highlighted place',
  },
  powerKinds: {
    hydro: 'hydro',
    'wind-solar': 'wind and solar',
    wind: 'wind',
    'desert-base': 'desert base',
  },
  /** The source line under the map, for the scene on stage. */
  source: {
    one: 'Source: {names}',
    many: 'Sources: {names}',
    more: 'Sources: {names} and {count} more (see Map data)',
    none: 'Sources: see the sources page',
    /** The source line and the layers' caveats after it are sentences: `end` closes the source line, `join` puts two sentences together. */
    end: '{text}.',
    join: '{a} {b}',
    separator: '; ',
    /** Stands for every publisher whose name starts with "Tokens Abroad" (our own fact sheet and arithmetic). */
    ownWork: 'Tokens Abroad (derived or approximate positions)',
  },
  table: {
    summary: 'Map data',
    caption: 'Places and routes on the map (≈ marks an approximate position)',
    name: 'Name',
    what: 'What',
    latLon: 'Lat, lon',
    value: 'Value',
    source: 'Source',
    scenes: 'Shown in',
    approx: '≈ {coords}',
    coords: '{lat}, {lon}',
    none: '–',
  },
  /** The map's text alternative, one sentence per scene. */
  describe: {
    sentence: 'Map of {region}{layers}{highlights}{flows}.',
    layers: ' showing {list}',
    highlights: '; highlighted: {list}',
    flows: '; moving: {list}',
    faded: '{layer} (faded)',
    regions: {
      china: 'China',
      atlantic: 'the North Atlantic',
      pacific: 'the Pacific',
    },
    layerNames: {
      'cable-1858': 'the 1858 Atlantic cable',
      'cable-1866': 'the 1866 Atlantic cable',
      'pacific-cables': 'the TPE and NCP Pacific cables',
      'dev-cities': 'developer cities',
      'model-makers': 'Chinese model makers',
      'dc-hubs': 'data-centre hubs',
      'mining-provinces': 'Bitcoin mining provinces',
      'hydro-migration': 'the rainy-season move of miners',
      'mining-exodus': 'miners leaving China',
      'power-plants': 'power plants',
      'uhv-lines': 'the Changji-Guquan UHV line',
    },
    flowNames: {
      requests: 'requests',
      responses: 'answers',
      power: 'electricity (schematic)',
      migration: 'miners moving',
      'message-1858': '1858 message (very slow)',
      'message-1866': '1866 messages',
    },
  },
} as const;
