// Portuguese UI strings of the common group (see src/i18n/index.ts): what the shared chart components say
// (src/components/charts/shared/). Each chart passes its own labels; these are the defaults and the words
// every chart shares.
import type { Messages } from '../index';

export const common: Messages['common'] = {
  /** Label of a chart's row of view buttons when the chart gives none. */
  views: 'Visão',
  /** The most common label of that row. */
  show: 'Mostrar',
  /** Starts the source line under every chart. */
  source: 'Fonte:',
  /** In the server HTML beside view buttons that cannot work yet; removed once the chart's script runs. */
  fixedView: 'Visão fixa: requer JavaScript',
  /** Phones: the button that shows a chart's note, source line and data in place of the drawing, and back. */
  more: 'Notas e fonte',
  moreClose: 'Voltar ao gráfico',
  /** A published value that the sources do not give. */
  notPublished: 'não publicado',
  /** Units written after a formatted number. */
  trillionTokens: '{value} tri',
};
