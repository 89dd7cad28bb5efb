// Portuguese UI strings of the map group (see src/i18n/index.ts): the legend, notes, labels that are not place
// names, the data table, the source line and the map's text alternative. Place names are data (src/data).
// Placeholders are {name}; numbers arrive already formatted by Intl for the page's language.
import type { Messages } from '../index';

export const map: Messages['map'] = {
  /** Legend: one entry per moving flow. */
  legend: {
    requests: 'Pedidos',
    responses: 'Respostas',
    power: 'Eletricidade (esquemático)',
    migration: 'Mineradores em mudança',
    'message-1858': 'Mensagem de 1858 (muito lenta)',
    'message-1866': 'Mensagens de 1866',
  },
  /** Notes under the legend while a layer is on. */
  notes: {
    cables: 'As rotas dos cabos são estilizadas: segmentos retos de círculo máximo entre pontos de aterrissagem.',
    power: 'As rotas de energia das usinas aos polos são esquemáticas.',
  },
  /** The opening's one request: its times (the cable's round trip, the answer's writing time, an assumption). */
  journey: 'Um pedido: no mínimo {cable} de ida e volta sob o Pacífico, e cerca de {answer} para escrever a resposta na China.',
  landFailed: 'Não foi possível carregar o litoral; lugares e rotas continuam desenhados em escala.',
  /** Map labels that are not place names. */
  labels: {
    cableYear: 'cabo de {year}',
    uhvLine: 'linha de ±{kv} kV',
    /** A province that acted against miners in 2021, with the date it did. */
    crackdown: '{name}, {date}',
    /** Where the 1858 ships met and joined their cable ends. */
    shipsMet: 'Os navios se encontraram aqui, {date}',
  },
  /** The "What" and "Value" cells of the data table. */
  rows: {
    cableRoute: 'rota do cabo',
    cableEnd: 'ponta do cabo de {year}',
    pacificCable: 'cabo, pronto em {date}',
    km: '{km} km',
    landing: 'ponto de aterrissagem de cabo',
    inlandHub: 'polo de cabos no interior',
    devCity: 'cidade de desenvolvedores',
    modelMaker: 'fabricante de modelos',
    dcHub: 'aglomerado de data centers ({note})',
    hashrateShare: 'fatia da taxa de hash mundial, set. 2019–abr. 2020',
    percent: '{value}%',
    provinceLabel: '{name} {value}',
    miningProvince: 'província mineradora',
    crackdown: 'província que agiu contra os mineradores em 2021',
    actedOn: 'agiu em {date}',
    minerDestination: 'destino dos mineradores após a proibição de 2021 (ponto simbólico)',
    minerOrigin: 'de onde os mineradores saíram (ponto do país)',
    power: 'energia: {kind}; {note}',
    capacity: '{mw} MW',
    capacityPlanned: '{mw} MW previstos',
    uhvLine: 'linha UHV de corrente contínua (desenhada reta)',
    uhvValue: '{mw} MW; {km1} ou {km2} km',
    uhvEnd: 'ponta da linha UHV (estação conversora)',
    country: 'país (sombreado)',
    highlighted: 'lugar em destaque',
  },
  powerKinds: {
    hydro: 'hidrelétrica',
    'wind-solar': 'eólica e solar',
    wind: 'eólica',
    'desert-base': 'base no deserto',
  },
  /** The source line under the map, for the scene on stage. */
  source: {
    one: 'Fonte: {names}',
    many: 'Fontes: {names}',
    more: 'Fontes: {names} e mais {count} (ver Dados do mapa)',
    none: 'Fontes: ver a página de fontes',
    /** The source line and the layers' caveats after it are sentences: `end` closes the source line, `join` puts two sentences together. */
    end: '{text}.',
    join: '{a} {b}',
    separator: '; ',
    /** Stands for every publisher whose name starts with "Tokens Abroad" (our own fact sheet and arithmetic). */
    ownWork: 'Tokens Abroad (posições derivadas ou aproximadas)',
  },
  table: {
    summary: 'Dados do mapa',
    caption: 'Lugares e rotas no mapa (≈ indica posição aproximada)',
    name: 'Nome',
    what: 'O quê',
    latLon: 'Lat., long.',
    value: 'Valor',
    source: 'Fonte',
    scenes: 'Aparece em',
    approx: '≈ {coords}',
    coords: '{lat}, {lon}',
    none: '–',
  },
  /** The map's text alternative, one sentence per scene. */
  describe: {
    sentence: 'Mapa {region}{layers}{highlights}{flows}.',
    layers: ' mostrando {list}',
    highlights: '; em destaque: {list}',
    flows: '; em movimento: {list}',
    faded: '{layer} (esmaecido)',
    regions: {
      china: 'da China',
      atlantic: 'do Atlântico Norte',
      pacific: 'do Pacífico',
    },
    layerNames: {
      'cable-1858': 'o cabo atlântico de 1858',
      'cable-1866': 'o cabo atlântico de 1866',
      'pacific-cables': 'os cabos TPE e NCP no Pacífico',
      'dev-cities': 'cidades de desenvolvedores',
      'model-makers': 'fabricantes chineses de modelos',
      'dc-hubs': 'polos de data centers',
      'mining-provinces': 'províncias da mineração de bitcoin',
      'hydro-migration': 'a mudança dos mineradores na estação chuvosa',
      'mining-exodus': 'mineradores deixando a China',
      'power-plants': 'usinas',
      'uhv-lines': 'a linha UHV Changji–Guquan',
    },
    flowNames: {
      requests: 'pedidos',
      responses: 'respostas',
      power: 'eletricidade (esquemático)',
      migration: 'mineradores em mudança',
      'message-1858': 'mensagem de 1858 (muito lenta)',
      'message-1866': 'mensagens de 1866',
    },
  },
};
