// English strings set into the static figures (/figures/<step>.svg|png, src/static-figures/): the source line and
// the credit every image keeps, also when it is downloaded or embedded on its own (see src/i18n/index.ts).
export const figures = {
  /** Starts a source line. */
  sourceLabel: 'Source:',
  /** A step's source line built from its sources' publishers. */
  sourceLine: '{label} {publishers}',
  /** The credit in the image's corner. */
  credit: 'Tokens Abroad',
} as const;
