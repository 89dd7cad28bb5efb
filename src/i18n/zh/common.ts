// Chinese UI strings of the common group (see src/i18n/index.ts): what the shared chart components say
// (src/components/charts/shared/). Each chart passes its own labels; these are the defaults and the words
// every chart shares.
import type { Messages } from '../index';

export const common: Messages['common'] = {
  /** Label of a chart's row of view buttons when the chart gives none. */
  views: '视图',
  /** The most common label of that row. */
  show: '显示',
  /** Starts the source line under every chart. */
  source: '来源：',
  /** In the server HTML beside view buttons that cannot work yet; removed once the chart's script runs. */
  fixedView: '固定视图：需要JavaScript',
  /** Phones: the button that shows a chart's note, source line and data in place of the drawing, and back. */
  more: '说明与来源',
  moreClose: '返回图表',
  /** A published value that the sources do not give. */
  notPublished: '未公布',
  /** Units written after a formatted number. */
  trillionTokens: '{value}万亿',
};
