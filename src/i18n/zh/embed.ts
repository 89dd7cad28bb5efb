// Chinese UI strings of the embeds: the embed page's footer, the Embed button and dialog on the story, and the
// gallery and builder at /embed/ (see src/i18n/index.ts). Placeholders are {name}.
import type { Messages } from '../index';

export const embed: Messages['embed'] = {
  /** <title> of an embed page: "{figure} · Tokens Abroad". */
  pageTitle: '{figure} · Tokens Abroad',
  /** The step-specific part of a title: "{figure}: {step}". */
  stepTitle: '{figure}，步骤“{step}”',
  /** Source line under a figure that has none of its own (the map). */
  sourceLine: '来源：{publishers}',
  data: '数据（CSV）',
  image: '图片（PNG）',
  /** Link back to the step in the story; opens in a new tab. */
  backToStory: '在正文中查看：Tokens Abroad',
  newTab: '（在新标签页中打开）',
  /** Names of the figures, for titles, the gallery and the builder. */
  figureNames: {
    map: '世界地图',
    hashrate: '各国比特币挖矿',
    'token-share': 'OpenRouter上的Token：中国与美国',
    'price-gap': '每百万Token的价格',
    'power-price': '电价',
    energy: '每个Token的能耗',
    latency: '一条消息要走多久',
    experts: '混合专家',
  },
  // The Embed button and dialog on the story.
  button: '嵌入',
  buttonLabel: '嵌入此图表',
  dialogTitle: '嵌入此图表',
  dialogIntro: '这张图表在正文这一步时的样子，可以放进你自己的网页。署名行和返回链接必须保留。',
  close: '关闭',
  snippetIframe: '普通iframe（固定高度）',
  snippetPym: '自适应，适用于使用pym.js的网页',
  snippetFrames: '自适应，适用于使用@newswire/frames的网页',
  link: '链接',
  downloads: '下载',
  pngSmall: 'PNG 1200×675',
  pngLarge: 'PNG 2400×1350',
  svg: 'SVG',
  csv: '数据（CSV）',
  sourcesCsv: '来源（CSV）',
  oembed: 'oEmbed',
  copy: '复制',
  copied: '已复制',
  copyFailed: '请选中文本，用键盘复制',
  allEmbeds: '全部嵌入与生成器',
  // The gallery and builder.
  galleryTitle: '嵌入：每一步的每张图表 · Tokens Abroad',
  galleryDescription: '把Tokens Abroad的任意图表、正文的任意一步嵌入你自己的网页：iframe和自适应代码片段、图片和数据。',
  galleryHeading: '嵌入图表',
  galleryIntro:
    '正文的每张图表、每一步，都可以用在你自己的文章里。选一张，在读者常用的宽度下检查一遍，然后复制代码片段。每个嵌入都保留来源行和返回正文的链接。',
  builderHeading: '生成器',
  figure: '图表',
  step: '步骤',
  anyStep: '该图表的第一步',
  theme: '主题',
  themes: { auto: '跟随读者的设置', light: '浅色', dark: '深色' },
  plain: '仅图表（不含标题和署名：由你的网页添加）',
  static: '静态图片，不含脚本',
  options: '选项',
  previewWidth: '预览宽度',
  preview: '预览',
  galleryList: '全部图表和步骤',
  openEmbed: '打开嵌入页',
  stepsOf: '{count}个步骤',
};
