// Portuguese UI strings of the embeds: the embed page's footer, the Embed button and dialog on the story, and the
// gallery and builder at /embed/ (see src/i18n/index.ts). Placeholders are {name}.
import type { Messages } from '../index';

export const embed: Messages['embed'] = {
  /** <title> of an embed page: "{figure} · Tokens Abroad". */
  pageTitle: '{figure} · Tokens Abroad',
  /** The step-specific part of a title: "{figure}: {step}". */
  stepTitle: '{figure}, etapa “{step}”',
  /** Source line under a figure that has none of its own (the map). */
  sourceLine: 'Fonte: {publishers}',
  data: 'Dados (CSV)',
  image: 'Imagem (PNG)',
  /** Link back to the step in the story; opens in a new tab. */
  backToStory: 'Veja na reportagem: Tokens Abroad',
  newTab: '(abre numa nova aba)',
  /** Names of the figures, for titles, the gallery and the builder. */
  figureNames: {
    map: 'Mapa-múndi',
    hashrate: 'Mineração de bitcoin por país',
    'token-share': 'Tokens no OpenRouter, China e EUA',
    'price-gap': 'Preço por milhão de tokens',
    'power-price': 'Preços da eletricidade',
    energy: 'Energia por token',
    latency: 'Quanto tempo leva uma mensagem',
    experts: 'Mistura de especialistas',
  },
  // The Embed button and dialog on the story.
  button: 'Incorporar',
  buttonLabel: 'Incorporar esta figura',
  dialogTitle: 'Incorporar esta figura',
  dialogIntro: 'A figura como está nesta etapa da reportagem, para a sua própria página. A linha de crédito e o link de volta devem ser mantidos.',
  close: 'Fechar',
  snippetIframe: 'Iframe simples (altura fixa)',
  snippetPym: 'Responsivo, para páginas com pym.js',
  snippetFrames: 'Responsivo, para páginas com @newswire/frames',
  link: 'Link',
  downloads: 'Para baixar',
  pngSmall: 'PNG 1200×675',
  pngLarge: 'PNG 2400×1350',
  svg: 'SVG',
  csv: 'Dados (CSV)',
  sourcesCsv: 'Fontes (CSV)',
  oembed: 'oEmbed',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'Selecione o texto e copie-o pelo teclado',
  allEmbeds: 'Todas as figuras para incorporar e o montador',
  // The gallery and builder.
  galleryTitle: 'Incorporar: cada figura em cada etapa · Tokens Abroad',
  galleryDescription:
    'Incorpore qualquer figura de Tokens Abroad, em qualquer etapa da reportagem, na sua própria página: iframe e códigos responsivos, imagens e dados.',
  galleryHeading: 'Incorporar uma figura',
  galleryIntro:
    'Cada figura da reportagem, em cada etapa, para a sua própria matéria. Escolha uma, confira-a nas larguras que seus leitores usam e copie o código. Cada figura incorporada mantém sua linha de fonte e um link de volta para a reportagem.',
  builderHeading: 'Montador',
  figure: 'Figura',
  step: 'Etapa',
  anyStep: 'Primeira etapa desta figura',
  theme: 'Tema',
  themes: { auto: 'Seguir a configuração do leitor', light: 'Claro', dark: 'Escuro' },
  plain: 'Só a figura (sem título nem crédito: sua página os acrescenta)',
  static: 'Imagem estática, sem script',
  options: 'Opções',
  previewWidth: 'Largura da prévia',
  preview: 'Prévia',
  galleryList: 'Todas as figuras e etapas',
  openEmbed: 'Abrir a figura incorporada',
  stepsOf: '{count} etapas',
};
