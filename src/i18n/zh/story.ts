// Chinese UI strings of the story page: title block, stage, Pause control, claim boxes (see src/i18n/index.ts).
import type { Messages } from '../index';

export const story: Messages['story'] = {
  kicker: '交互式解读',
  title: 'Tokens Abroad',
  dek: '一个从旧金山发出的请求，为什么最终烧掉的是中国的电？电力为什么从未离开中国电网，它的价值却一个Token接一个Token地越过了太平洋？',
  scrollHint: '向下滚动开始 ↓',
  stageCaption: '当前图表：',
  pause: '暂停动画',
  resume: '继续动画',
  claimGroup: '核查文章的说法',
  claimKicker: '核查文章',
  claimLabel: '文章的说法',
  verdictLabel: '结论：',
  evidenceLabel: '证据怎么说',
  /** The disclosure that holds the claim, the evidence and the sources. */
  claimMore: '说法、证据与来源',
  sourcesLabel: '来源',
  verdictHolds: '成立',
  verdictPartly: '部分成立',
  verdictNotSupported: '缺乏依据',
  verdictUnverified: '未经证实',
  /** The footer at the end of the story (StoryFooter.astro). */
  footer: {
    byline: 'Tokens Abroad：一篇独立、开放的解读。',
    updated: '最后更新：{date}',
    credits:
      '数据：剑桥替代金融中心（比特币挖矿地图）、OpenRouter（Token排行榜）、英伟达、ML.ENERGY、美国能源信息署，' +
      '以及各图表上注明的其他发布方。地图：Natural Earth，经由world-atlas。使用Astro、Svelte和D3构建。',
    sources: '每个数字、它的来源以及核查方法：{link}。',
    sourcesLink: '来源与方法',
  },
};
