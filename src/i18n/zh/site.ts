// Chinese UI strings of the site shell: header, skip link, page titles, the 404 page (see src/i18n/index.ts).
import type { Messages } from '../index';

export const site: Messages['site'] = {
  name: 'Tokens Abroad',
  navLabel: '网站',
  navSources: '来源与方法',
  languageNav: '语言',
  skipToStory: '跳到正文',
  storyTitle: 'Tokens Abroad：中国如何把电力装进一个个AI Token出口',
  storyDescription:
    '一篇交互式解读：一个从旧金山发出的请求，由中国模型回答，消耗的是中国的电。电力从未离开中国电网，它的价值却一个Token接一个Token地越过太平洋。',
  notFoundTitle: '页面不存在 · Tokens Abroad',
  notFoundDescription: '此页面不存在。点一下就能回到正文和全部来源。',
  notFoundHeading: '此页面不存在',
  notFoundText: '地址可能输错了，也可能页面已经移走。内容都还在：',
  notFoundStory: '从头阅读正文',
  notFoundSources: '查看全部来源，以及每个数字是如何核查的',
};
