// Chinese UI strings of the experts group (see src/i18n/index.ts): the mixture-of-experts chart
// (src/components/charts/experts/). Every {placeholder} is a number or name the chart formats from
// src/data/models.ts; views are keyed by the scene state's `view`.
import type { Messages } from '../index';

export const experts: Messages['experts'] = {
  controls: '显示',
  views: {
    grid: {
      button: '一个Token',
      title: '一个Token，{routed}个专家网络中只用{active}个',
      reading:
        '{model}的每一层有{routed}个专家网络。路由模块把每个Token只交给其中{active}个，因此在全部{totalParams}参数中，处理任何一个Token的只有约{activeParams}。',
      aria: '网格中的{routed}个专家网络；当前Token用到的{active}个被点亮，并与路由模块相连。',
    },
    compare: {
      button: '四个模型',
      title: '模型庞大，每次只用一小块',
      reading: '这些模型处理每个Token时都只用到自身的一小部分参数：从{min}（{minModel}）到{max}（{maxModel}）不等。带“约”字的为近似值。',
      aria: '{models}的总参数与每个Token激活参数的条形图。',
    },
  },
  grid: {
    tokens: '示例Token，来自一行代码：',
    next: '下一个Token →',
    play: '播放',
    pause: '暂停',
    status: '第{n}个Token（共{count}个），{token}',
    picks: '：专家网络{list}',
    router: '路由模块',
    /** Shown in place of a leading space in a token. */
    space: '␣',
  },
  compare: {
    row: '激活{active}，总计{total}（{share}）',
    aria: '{model}：{total}参数中激活{active}',
  },
  key: {
    used: '本Token使用',
    idle: '闲置',
    illustration: '示意图：真正的路由模块在训练中学会如何选择；这里的选择只为作图而画，并非测量结果。',
    active: '每个Token激活',
    total: '总参数',
  },
  /** Parameter counts: billions, and trillions from 1,000 billion on. */
  // formatParams (src/lib/experts.ts) gives billions as whole numbers, so "229" billion is written 2290亿, as the
  // Chinese press writes parameter counts; tests/unit/i18n-zh.test.ts holds it to that.
  billions: '{value}0亿',
  trillions: '{value}万亿',
  approx: '约{value}',
  source: '模型数据为MiniMax、DeepSeek、Moonshot AI和智谱自己公布的数字，据报道整理（见来源页）。',
  table: {
    summary: '数据表：参数与专家网络',
    caption: '各模型的参数与专家网络',
    model: '模型',
    total: '总参数',
    active: '每个Token激活',
    share: '占比',
    experts: '路由专家网络数（每个Token使用数）',
    layout: '{routed}（{active}）',
    layoutShared: '{routed}（{active} + {shared}个共享）',
    unknown: '本文来源未提供',
  },
};
