// English UI strings of the experts group (see src/i18n/index.ts): the mixture-of-experts chart
// (src/components/charts/experts/). Every {placeholder} is a number or name the chart formats from
// src/data/models.ts; views are keyed by the scene state's `view`.
export const experts = {
  controls: 'Show',
  views: {
    grid: {
      button: 'One token',
      title: 'One token, {active} of {routed} experts',
      reading:
        'Each layer of {model} holds {routed} experts. A router sends every token to {active} of them, so only about {activeParams} of its {totalParams} parameters work on any one token.',
      aria: '{routed} experts in a grid; the {active} used by the current token are lit and wired to the router.',
    },
    compare: {
      button: 'Four models',
      title: 'Huge models, small slices',
      reading:
        'Each of these models uses a small slice of itself per token: from {min} ({minModel}) to {max} ({maxModel}) of its parameters. “~” marks approximate figures.',
      aria: 'Bars of total and active parameters per token for {models}.',
    },
  },
  grid: {
    tokens: 'Example tokens, one line of code:',
    next: 'Next token →',
    play: 'Play',
    pause: 'Pause',
    status: 'Token {n} of {count}, {token}',
    picks: ': experts {list}',
    router: 'router',
    /** Shown in place of a leading space in a token. */
    space: '␣',
  },
  compare: {
    row: '{active} active of {total} ({share})',
    aria: '{model}: {active} active of {total} parameters',
  },
  key: {
    used: 'used by this token',
    idle: 'idle',
    illustration: 'Illustration: the real router learns its picks; these are drawn for the picture, not measured.',
    active: 'active per token',
    total: 'total parameters',
  },
  /** Parameter counts: billions, and trillions from 1,000 billion on. */
  billions: '{value}B',
  trillions: '{value}T',
  approx: '~{value}',
  source: 'MiniMax, DeepSeek, Moonshot AI and Zhipu model figures, as reported (see Sources).',
  table: {
    summary: 'Data table: parameters and experts',
    caption: 'Parameters and experts per model',
    model: 'Model',
    total: 'Total',
    active: 'Active per token',
    share: 'Share',
    experts: 'Routed experts (used per token)',
    layout: '{routed} ({active})',
    layoutShared: '{routed} ({active} + {shared} shared)',
    unknown: 'not in our sources',
  },
} as const;
