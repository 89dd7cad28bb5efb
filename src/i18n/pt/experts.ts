// Portuguese UI strings of the experts group (see src/i18n/index.ts): the mixture-of-experts chart
// (src/components/charts/experts/). Every {placeholder} is a number or name the chart formats from
// src/data/models.ts; views are keyed by the scene state's `view`.
import type { Messages } from '../index';

export const experts: Messages['experts'] = {
  controls: 'Mostrar',
  views: {
    grid: {
      button: 'Um token',
      title: 'Um token, {active} de {routed} especialistas',
      reading:
        'Cada camada do {model} tem {routed} redes especialistas. Um roteador manda cada token para {active} delas, então só cerca de {activeParams} dos seus {totalParams} parâmetros trabalham em cada token.',
      aria: '{routed} redes especialistas numa grade; as {active} usadas pelo token atual ficam acesas e ligadas ao roteador.',
    },
    compare: {
      button: 'Quatro modelos',
      title: 'Modelos enormes, fatias pequenas',
      reading:
        'Cada um destes modelos usa uma fatia pequena de si mesmo por token: de {min} ({minModel}) a {max} ({maxModel}) dos seus parâmetros. O “~” indica números aproximados.',
      aria: 'Barras dos parâmetros totais e dos parâmetros ativos por token de {models}.',
    },
  },
  grid: {
    tokens: 'Tokens de exemplo, uma linha de código:',
    next: 'Próximo token →',
    play: 'Reproduzir',
    pause: 'Pausar',
    status: 'Token {n} de {count}, {token}',
    picks: ': especialistas {list}',
    router: 'roteador',
    /** Shown in place of a leading space in a token. */
    space: '␣',
  },
  compare: {
    row: '{active} ativos de {total} ({share})',
    aria: '{model}: {active} parâmetros ativos de {total}',
  },
  key: {
    used: 'usados por este token',
    idle: 'ociosos',
    illustration: 'Ilustração: o roteador real aprende suas escolhas; estas foram escolhidas só para o desenho, não medidas.',
    active: 'ativos por token',
    total: 'parâmetros totais',
  },
  /** Parameter counts: billions, and trillions from 1,000 billion on. */
  billions: '{value} bi',
  trillions: '{value} tri',
  approx: '~{value}',
  source: 'Dados dos modelos da MiniMax, DeepSeek, Moonshot AI e Zhipu, segundo as reportagens (ver Fontes).',
  table: {
    summary: 'Tabela de dados: parâmetros e especialistas',
    caption: 'Parâmetros e especialistas por modelo',
    model: 'Modelo',
    total: 'Total',
    active: 'Ativos por token',
    share: 'Fatia',
    experts: 'Redes especialistas roteadas (usadas por token)',
    layout: '{routed} ({active})',
    layoutShared: '{routed} ({active} + {shared} compartilhadas)',
    unknown: 'não consta nas nossas fontes',
  },
};
