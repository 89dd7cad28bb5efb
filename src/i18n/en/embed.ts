// English UI strings of the embeds: the embed page's footer, the Embed button and dialog on the story, and the
// gallery and builder at /embed/ (see src/i18n/index.ts). Placeholders are {name}.
export const embed = {
  /** <title> of an embed page: "{figure} · Tokens Abroad". */
  pageTitle: '{figure} · Tokens Abroad',
  /** The step-specific part of a title: "{figure}: {step}". */
  stepTitle: '{figure}, step “{step}”',
  /** Source line under a figure that has none of its own (the map). */
  sourceLine: 'Source: {publishers}',
  data: 'Data (CSV)',
  image: 'Image (PNG)',
  /** Link back to the step in the story; opens in a new tab. */
  backToStory: 'See it in the story: Tokens Abroad',
  newTab: '(opens in a new tab)',
  /** Names of the figures, for titles, the gallery and the builder. */
  figureNames: {
    map: 'World map',
    hashrate: 'Bitcoin mining by country',
    'token-share': 'OpenRouter tokens, China and the US',
    'price-gap': 'Price per million tokens',
    'power-price': 'Electricity prices',
    energy: 'Energy per token',
    latency: 'How long a message takes',
    experts: 'Mixture of experts',
  },
  // The Embed button and dialog on the story.
  button: 'Embed',
  buttonLabel: 'Embed this figure',
  dialogTitle: 'Embed this figure',
  dialogIntro: 'The figure as it is at this step of the story, for your own page. The credit line and the link back must stay.',
  close: 'Close',
  snippetIframe: 'Plain iframe (fixed height)',
  snippetPym: 'Responsive, for pym.js pages',
  snippetFrames: 'Responsive, for @newswire/frames pages',
  link: 'Link',
  downloads: 'Downloads',
  pngSmall: 'PNG 1200×675',
  pngLarge: 'PNG 2400×1350',
  svg: 'SVG',
  csv: 'Data (CSV)',
  sourcesCsv: 'Sources (CSV)',
  oembed: 'oEmbed',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Select the text and copy it with your keyboard',
  allEmbeds: 'All embeds and the builder',
  // The gallery and builder.
  galleryTitle: 'Embeds: every figure at every step · Tokens Abroad',
  galleryDescription: 'Embed any figure of Tokens Abroad, at any step of the story, in your own page: iframe and responsive snippets, images and data.',
  galleryHeading: 'Embed a figure',
  galleryIntro:
    'Every figure of the story, at every step, for your own article. Pick one, check it at the widths your readers use, and copy the snippet. Each embed keeps its source line and a link back to the story.',
  builderHeading: 'Builder',
  figure: 'Figure',
  step: 'Step',
  anyStep: 'First step of this figure',
  theme: 'Theme',
  themes: { auto: 'Follow the reader’s setting', light: 'Light', dark: 'Dark' },
  plain: 'Figure only (no title or credit: your page adds them)',
  static: 'Static image, no script',
  options: 'Options',
  previewWidth: 'Preview width',
  preview: 'Preview',
  galleryList: 'Every figure and step',
  openEmbed: 'Open the embed',
  stepsOf: '{count} steps',
} as const;
