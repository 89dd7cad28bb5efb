// Portuguese UI strings of the story page: title block, stage, Pause control, claim boxes (see src/i18n/index.ts).
import type { Messages } from '../index';

export const story: Messages['story'] = {
  kicker: 'Uma reportagem interativa',
  title: 'Tokens Abroad',
  dek: 'Como um pedido feito em São Francisco acaba queimando eletricidade chinesa, e por que a energia nunca sai da rede elétrica da China enquanto seu valor atravessa o Pacífico, um token por vez.',
  scrollHint: 'Role a página para começar ↓',
  stageCaption: 'Figura em exibição: ',
  pause: 'Pausar animação',
  resume: 'Retomar animação',
  claimGroup: 'Checagem da afirmação do artigo',
  claimKicker: 'Checando o artigo',
  claimLabel: 'A afirmação',
  verdictLabel: 'Veredito: ',
  evidenceLabel: 'O que dizem as evidências',
  /** The disclosure that holds the claim, the evidence and the sources. */
  claimMore: 'A afirmação, as evidências e as fontes',
  sourcesLabel: 'Fontes',
  verdictHolds: 'Procede',
  verdictPartly: 'Procede em parte',
  verdictNotSupported: 'Não se sustenta',
  verdictUnverified: 'Não verificado',
  /** The footer at the end of the story (StoryFooter.astro). */
  footer: {
    byline: 'Tokens Abroad: uma reportagem explicativa independente e aberta.',
    updated: 'Atualizado em {date}',
    credits:
      'Dados: Cambridge Centre for Alternative Finance (mapa da mineração de bitcoin), OpenRouter (rankings de tokens), NVIDIA, ML.ENERGY, US Energy ' +
      'Information Administration e os demais editores citados em cada gráfico. Mapa: Natural Earth, via world-atlas. Feito com Astro, Svelte e D3.',
    sources: 'Cada número, sua fonte e como foi checado: {link}.',
    sourcesLink: 'Fontes e métodos',
  },
};
