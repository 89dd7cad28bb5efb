// Chinese strings set into the static figures (/figures/<step>.svg|png, src/static-figures/): the source line and
// the credit every image keeps, also when it is downloaded or embedded on its own (see src/i18n/index.ts).
import type { Messages } from '../index';

export const figures: Messages['figures'] = {
  /** Starts a source line. */
  sourceLabel: '来源：',
  /** A step's source line built from its sources' publishers. */
  sourceLine: '{label}{publishers}',
  /** The credit in the image's corner. */
  credit: 'Tokens Abroad',
};
