// English UI strings of the common group (see src/i18n/index.ts): what the shared chart components say
// (src/components/charts/shared/). Each chart passes its own labels; these are the defaults and the words
// every chart shares.
export const common = {
  /** Label of a chart's row of view buttons when the chart gives none. */
  views: 'View',
  /** The most common label of that row. */
  show: 'Show',
  /** Starts the source line under every chart. */
  source: 'Source:',
  /** In the server HTML beside view buttons that cannot work yet; removed once the chart's script runs. */
  fixedView: 'Fixed view: needs JavaScript',
  /** Phones: the button that shows a chart's note, source line and data in place of the drawing, and back. */
  more: 'Notes and source',
  moreClose: 'Back to the chart',
  /** A published value that the sources do not give. */
  notPublished: 'not published',
  /** Units written after a formatted number. */
  trillionTokens: '{value} T',
} as const;
