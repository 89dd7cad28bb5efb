// Portuguese UI strings of the hashrate group (see src/i18n/index.ts): where Bitcoin was mined, as CBECI published it.
// Numbers are never written here. A scene's reading names the published values it cites by placeholder
// (shareValues in src/lib/hashrate.ts: {china_sep_2019}, {month_apr_2021}, {xinjiang}, {event_zero}, ...).
import type { Messages } from '../index';

export const hashrate: Messages['hashrate'] = {
  title: 'Onde se minerava bitcoin: fatia da taxa de hash mundial',
  /** The view buttons' group label (visible on wide screens). */
  controlsLabel: 'Mostrar',
  /** Each scene's view button and its one-line reading, by scene id (src/scenes/charts/hashrate.scenes.ts);
      both are filled with shareValues(). */
  scenes: {
    'hashrate-before': {
      view: '{year_sep_2019}',
      reading:
        'Em {month_sep_2019}, a China tinha {china_sep_2019} da taxa de hash do bitcoin no mundo; os EUA tinham {us_sep_2019}, e o ' +
        'Cazaquistão, {kazakhstan_sep_2019}.',
    },
    'hashrate-provinces': {
      view: 'Províncias',
      reading:
        'Só Xinjiang teve em média {xinjiang} da taxa de hash mundial ({period_avg_sep_2019_apr_2020}). Na estação chuvosa de {wet_year}, ' +
        'a fatia de Sichuan na taxa de hash da China subiu de {sichuan_wet_start} para {sichuan_wet_peak}.',
    },
    'hashrate-ban': {
      view: 'Proibição de {year_apr_2021}',
      reading:
        'A fatia da China caiu de {china_apr_2021} em {month_apr_2021} para {china_jul_2021} em {event_zero}, depois das ordens ' +
        'provinciais de fechamento e da promessa do Conselho de Estado em {event_state_council}.',
    },
    'hashrate-migration': {
      view: 'Depois',
      reading:
        'Em {month_jan_2022}, os EUA tinham {us_jan_2022}, e o Cazaquistão, {kazakhstan_jan_2022}. A China havia voltado a ' +
        '{china_jan_2022}, fatia atribuída à mineração clandestina.',
    },
  },
  /** Shown over the drawing in the server HTML until the chart has loaded (and for good if its code never does). */
  fixedView: 'Visão fixa: os botões funcionam quando o gráfico terminar de carregar.',
  approx: '~{value}',

  countries: {
    china: 'China',
    us: 'Estados Unidos',
    kazakhstan: 'Cazaquistão',
    russia: 'Rússia',
    canada: 'Canadá',
    malaysia: 'Malásia',
    iran: 'Irã',
    ireland: 'Irlanda',
    germany: 'Alemanha',
    norway: 'Noruega',
    unattributed: 'Não atribuído',
  },
  /** Names on the drawing itself (the legend gives the full ones): short where a phone needs it. */
  countriesOnChart: { china: 'China', us: 'EUA', kazakhstan: 'Cazaquistão', russia: 'Rússia', canada: 'Canadá' },
  countriesOnNarrowChart: { china: 'China', us: 'EUA', kazakhstan: 'Caz.', russia: 'Rússia', canada: 'Canadá' },
  label: '{country} {share}',
  /** What a labelled point means in the story, after its value on the drawing ('China 75.53%: the high'). */
  labelNotes: { peak: '{label}, o maior valor publicado', exodus: '{label}: os mineradores vão embora', rebound: '{label}: retomada clandestina' },
  labelAverage: '{country}, média de {share}',
  legendAverage: 'média de {period}',
  legendProvinces: 'Fatia de uma província na taxa de hash mundial',
  legendChina: 'Fatia da China inteira',
  crackdownBand: 'repressão de {year}',
  timelineAria: 'Gráfico de linhas da fatia de cada país na taxa de hash mundial do bitcoin, nos pontos publicados pelo CBECI, de {from} a {to}. {reading}',

  provincesAria:
    'Gráfico de barras das fatias das províncias chinesas na taxa de hash mundial do bitcoin, média de {period}, e da oscilação de ' +
    'Sichuan e Xinjiang na estação chuvosa de {year}. {reading}',
  provincesTitle: 'Fatia da taxa de hash mundial, média de {period}',
  wetTitle: 'Estação chuvosa de {year}, fatia da taxa de hash da China: ○ no início → ● no auge (Sichuan sobe, Xinjiang cai)',
  wetTitleShort: 'Estação chuvosa de {year}, fatia da China: ○ início → ● auge',
  allChina: 'China inteira',
  provinces: {
    xinjiang: 'Xinjiang',
    sichuan: 'Sichuan',
    'inner-mongolia': 'Mongólia Interior',
    yunnan: 'Yunnan',
    beijing: 'Pequim',
    zhejiang: 'Zhejiang',
    shanxi: 'Shanxi',
    gansu: 'Gansu',
    qinghai: 'Qinghai',
    ningxia: 'Ningxia',
  },

  /** The 2021 crackdown, by event id (src/data/hashrate.ts): a few words for the chart, a sentence for the table. */
  events: {
    'inner-mongolia': { short: 'Mongólia Interior age contra mineradores', event: 'Mongólia Interior decide acabar com a mineração de criptomoedas' },
    'state-council': {
      short: 'Conselho de Estado promete repressão',
      event: 'Comitê de estabilidade financeira do Conselho de Estado promete reprimir a mineração e o comércio de bitcoin',
    },
    'xinjiang-qinghai': { short: 'Ordens de Xinjiang e Qinghai', event: 'Xinjiang manda fechar parte das minas; Qinghai proíbe a mineração' },
    yunnan: { short: 'Repressão em Yunnan', event: 'Yunnan reprime a mineração' },
    sichuan: { short: 'Ordem de fechamento em Sichuan', event: 'Sichuan manda fechar {count} supostos projetos de mineração até {by}' },
    'hashrate-low': { short: 'mínimo da taxa de hash mundial, {ehs} EH/s', event: 'Taxa de hash mundial chega ao mínimo de {ehs} EH/s' },
    zero: { short: 'China em {share}', event: 'CBECI mostra a fatia da China em {share}' },
    ban: { short: 'mineração declarada ilegal', event: 'Negócios com criptomoedas declarados ilegais; mineração entra na lista de setores a eliminar' },
  },
  partOfMonth: { early: 'início de {month}', mid: 'meados de {month}', late: 'fim de {month}' },
  /** Marks an event whose month is verified but not its day. */
  dayUnverified: '*',
  eventsFoot: '* Mês verificado, dia não. Meses em branco: nenhum valor publicado aqui.',
  caveat:
    'O CBECI localiza os mineradores pelo endereço IP em alguns pools de mineração parceiros ({pools} de toda a taxa de hash); VPNs distorcem o resultado. ' +
    'Os meses sem valor publicado ficam em branco.',
  provincesNote:
    'Os números do CBECI por província vêm dos mesmos dados dos pools (a fatia de Zhejiang foi redistribuída entre as províncias vizinhas). ' +
    'Os números da estação chuvosa são fatias da taxa de hash da China, não da mundial.',
  source:
    'Cambridge Centre for Alternative Finance, mapa de mineração do CBECI (pontos publicados de {from} a {to}, tal como divulgados e noticiados); ' +
    'datas da repressão segundo Reuters, China Daily e outros.',

  table: {
    summary: 'Dados: os valores publicados',
    sharesCaption: 'Fatia da taxa de hash mundial (%), CBECI; {missing} = não publicado para esse ponto',
    missing: '—',
    point: 'Ponto publicado',
    others: 'Outros',
    otherShare: '{country} {share}',
    sourceId: 'Id da fonte',
    provincesCaption: 'Províncias chinesas, fatia da taxa de hash mundial (%), {period}',
    province: 'Província',
    share: 'Fatia',
    eachBelow: 'cada uma < {pct}',
    wetCaption: 'Estação chuvosa de {year}, fatia da taxa de hash da China (%)',
    wetStart: 'Início da estação chuvosa',
    wetPeak: 'Auge',
    eventsCaption: 'Repressão na China, {year}',
    date: 'Data',
    event: 'Evento',
    confidence: 'Confiabilidade',
    verified: 'verificado',
    dateUnverified: 'evento verificado; dia exato não',
  },
};
