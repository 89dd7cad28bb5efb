// Portuguese UI strings of the latency group (see src/i18n/index.ts): "crossing an ocean", the latency race.
// Numbers are never written here: every {placeholder} is filled with a value from src/data/latency.ts, formatted by Intl.
import type { Messages } from '../index';

export const latency: Messages['latency'] = {
  title: 'Quanto tempo uma mensagem leva para atravessar um oceano?',
  /** The one-line reading under the title, by scene id. */
  scenes: {
    'latency-race': {
      reading: 'O tempo num eixo logarítmico: cada linha de grade vale muitas vezes a anterior.',
    },
  },
  /** Shown in the server HTML until the chart has loaded (and for good if its code never does). */
  fixedView: 'Visão fixa: todas as mensagens já chegaram. A corrida se repete quando o gráfico terminar de carregar.',
  how: 'Cada raia termina quando a mensagem chega.',
  howShort: 'Escala de tempo log.; as raias terminam na chegada.',
  race: 'Repetir a corrida',
  racing: 'Correndo…',
  clock: 'Relógio: {time}',

  rows: {
    ship: {
      title: 'De navio: uma carta',
      note: 'Antes do cabo, as notícias cruzavam o Atlântico em navios a vapor.',
      value: 'cerca de {time}',
    },
    'cable-1858': {
      title: 'Cabo de 1858: as {words} palavras da rainha',
      note: 'Os relatos divergem: {accounts}.',
      value: 'cerca de {time} (controverso)',
    },
    'cable-1866': {
      title: 'Cabo de 1866: as mesmas {words} palavras',
      note: 'A {rate} palavras por minuto.',
      value: '{time}',
    },
    'pacific-light': {
      title: 'Hoje: a luz do Oregon a Xangai',
      note:
        'A luz na fibra óptica (cerca de {speed} km/s) leva {oneWay} só de ida pelos {km} km do círculo máximo entre o Oregon e Xangai, ' +
        'e {roundTrip} de ida e volta: um piso, porque os cabos são mais longos e os repetidores e o roteamento somam mais tempo.',
      value: 'no mínimo {time} só de ida',
    },
    'request-today': {
      title: 'Hoje: um pedido e uma resposta de {words} palavras',
      note:
        'Ida e volta pelo cabo mais o tempo do modelo escrevendo a resposta. O tempo da resposta é suposição nossa: cerca de {tokens} tokens ' +
        'a {tps} tokens por segundo, {time}; modelos e cargas reais variam.',
      value: 'cerca de {time}',
    },
  },
  /** The other accounts of the 1858 message: its length when it differs from the Queen's, and lower bounds. */
  account: '{time}',
  accountWords: '{words} palavras em {time}',
  accountAtLeast: 'mais de {time}',
  accountsJoin: '; ',
  roundTrip: 'ida e volta',
  key: 'marcas vazadas: outros relatos, ou partes do trajeto (luz só de ida, ida e volta).',
  aria: '{rows}.',
  ariaRow: '{title}: {value}',
  ariaJoin: '. ',

  sourceLabel: 'Fonte:',
  source:
    'Navio: tempos de travessia segundo autores de história naval (fontes secundárias; ver Fontes). Mensagem de 1858: museu The Henry Ford e ' +
    'Potamian & Walsh, Telegraph Pioneers (Fordham University Press, 1909); os relatos divergem. Velocidade de 1866: projeto House Divided, ' +
    'Dickinson College, citando Hearn. Hoje: círculo máximo entre os pontos de aterrissagem listados pela TeleGeography; a luz na fibra é ' +
    'física (c ÷ ~1,47). O tempo da resposta é suposição nossa.',
  allSources: 'Todas as fontes',

  table: {
    summary: 'Tabela de dados',
    caption: 'Tempo de travessia: valores exatos',
    message: 'Mensagem',
    time: 'Tempo',
    seconds: 'Segundos',
    source: 'Fonte',
    ours: 'Conta nossa',
    assumption: 'Suposição nossa',
    rows: {
      ship: 'Navio',
      cable1858: 'Cabo de 1858, {words} palavras (valor usado)',
      cable1858Other: 'Cabo de 1858, outro relato: {words} palavras',
      cable1866: 'Cabo de 1866, {words} palavras a {rate} palavras/min',
      lightOneWay: 'Luz, só de ida, {name} ({km} km)',
      lightRoundTrip: 'Luz, ida e volta, {name}',
      answer: 'Resposta do modelo (suposição: {tokens} tokens a {tps}/s)',
      request: 'Pedido e resposta hoje (ida e volta + resposta)',
    },
    about: 'cerca de {value}',
    atLeast: 'mais de {value}',
    atLeastSeconds: '> {value}',
    cables: {
      tpe: 'Trans-Pacific Express (TPE)',
      ncp: 'New Cross Pacific (NCP)',
    },
  },
};
