// 来源说明的简体中文版（见 src/lib/sourceText.ts）：`title` 是我们对来源的描述，`note` 是附注。著作、文件和文章的标题保留原文；
// 发布方、日期和网址沿用 src/data/sources/*.ts 中的写法。译名以 content/zh/glossary.md 为准。数字与英文版相同，按中文习惯书写
// （万、亿，2021年6月28日）。
import type { SourceTextTable } from '../../lib/sourceText';

export const sourceText: SourceTextTable = {
  // 本文检验的文章
  'article-token-going-abroad': {
    title: "“Token going abroad: selling China's electricity to the world”（意即“Token出海：把中国的电卖给全世界”）",
    note:
      '本文的出发点，而非本文数字的依据。文章的几个核心数字（电力“便宜40%”、价格“低17倍”、推理“便宜36倍”、禁用凭证的日期、SWE-bench得分80.8%），' +
      '本站都逐一用其他来源做了核对。',
  },
  'space-race-framing': {
    title: '叙事框架：用斯普特尼克卫星和阿波罗计划的语言讲述AI竞赛',
    note: '这是一种比喻，不是测量：本站没有任何数字依赖于它。',
  },

  // 电价
  'eia-us-industrial-2023': {
    title: '2023年美国工业平均电价',
    note: '2023年为每千瓦时8.06美分，低于2022年的8.3美分。',
  },
  'eia-state-prices-2023': { title: 'Electric Power Annual 2023：各州、各行业平均电价' },
  'china-briefing-industrial-power': {
    title: '中国工业电价',
    note: '2024年约为每千瓦时0.088美元，2019年为0.084美元。比用来对比的美国数据晚一年。',
  },
  'pandaily-ulanqab-tariff': { title: '内蒙古乌兰察布的数据中心电价' },
  'china-daily-zhongwei-2020': { title: '中卫“西部云基地”的数据中心电价' },
  'china-daily-hohhot-2015': { title: '内蒙古呼和浩特的数据中心标准电价' },
  'cny-usd-conversion': {
    title: '按约7.2元人民币兑1美元，把人民币电价换算为美分',
    note: '不同年份（2015年至2020年代）的电价都用同一个近似汇率换算，换算结果为估算值。',
  },

  // 芯片、数据中心与每个Token的能耗
  'h100-sxm-tdp': { title: '英伟达H100 SXM5：热设计功耗最高700瓦（可配置）' },
  'nvidia-h100-pcie-brief': { title: '英伟达H100 PCIe GPU产品简介（PB-11133-001）：350瓦' },
  'raymond-james-h100-price': { title: 'Raymond James估算：一块H100的制造成本约3,320美元，售价2.5万至3万美元' },
  'h100-market-price-range': { title: 'H100市场价格：每块GPU约2.5万至4万美元' },
  'h100-rental-price': {
    title: 'GPU租赁平台上的H100租金：每GPU小时约1.80至1.90美元起',
    note: '平台价格变动很快；这是某一时刻的价格，不是标价。',
  },
  'uptime-pue-2023': {
    title: 'Uptime Institute全球数据中心调查：2023年平均PUE为1.58',
    note: '自2020年前后以来基本持平，在1.55至1.59之间。',
  },
  'google-fleet-pue': { title: '谷歌数据中心整体PUE约为1.1' },
  'china-daily-pue-2020': { title: '2020年前后中国数据中心平均PUE约为1.8' },
  'zhongwei-pue': {
    title: '中卫（宁夏）数据中心集群：PUE约为1.1',
    note: '与中卫电价出自同一篇《中国日报》报道：云基地PUE约为1.1，全国平均约为1.8。',
  },
  'ml-energy-leaderboard-v3': {
    title: 'ML.ENERGY Leaderboard v3.0：Llama 3.1 8B在一块H100上运行（vLLM，批大小64），每个Token耗能0.12焦耳',
    note: '2.0版（2024年9月）在相同设置下测得每个Token 0.20焦耳。只计GPU的能耗。',
  },
  'samsi-words-to-watts-2023': {
    title: 'Samsi等，“From Words to Watts”：LLaMA-65B在V100/A100上，每个输出Token约3至4焦耳',
    note: '未经优化的多GPU推理，与如今的批量服务不可比。',
  },
  'google-gemini-prompt-energy-2025': {
    title: 'Gemini应用文本提示词的中位数能耗：0.24瓦时（计入整套服务设施）',
    note: '未公布每条提示词的Token数，因此无法换算为焦耳/Token。',
  },
  'epoch-gpt4o-query-2025': {
    title: 'Epoch AI估算：一次典型的GPT-4o查询约耗0.3瓦时（假设使用H100）',
    note: '这是估算，不是测量；输入很长时要高得多（输入1万个Token时约2.5瓦时）。',
  },
  'openai-chatgpt-query-energy': {
    title: 'OpenAI（萨姆·奥尔特曼的非正式说法）：一次ChatGPT查询平均约耗0.34瓦时',
    note: '非正式说法，没有给出方法和Token数。',
  },
  'energy-per-token-formula': {
    title: '每个Token的能耗 = GPU功率 × PUE ÷ 每秒Token数；每百万Token 1千瓦时 = 每个Token 3.6焦耳',
  },
  'gpu-depreciation-assumption': {
    title: '假设：一块以2.75万美元购入的H100，按全天候运行4年折旧',
    note: '2.75万美元取Raymond James估算的2.5万至3万美元的中值；4年使用寿命和全天候（24/7）运行是我们的假设，GPU之外的服务器、网络和机房都未计入。',
  },
  'calc-throughput-assumption': {
    title: '假设：计算器的起始值为每块GPU每秒1,000个Token',
    note:
      '这是为批处理良好的服务器取的一个整数起始值，不是测量值。已发表的测量（与计算器一并列出）从每个Token十分之一焦耳到数焦耳不等，' +
      '在这一功率下相当于每秒几百到几千个Token。',
  },

  // 地点：海缆、数据中心枢纽与中国的电力
  'telegeography-cable-map-2021': {
    title: 'Submarine Cable Map数据：TPE和NCP的长度、投入使用日期和登陆点',
    note:
      '数据采用CC BY-NC-SA 3.0许可。本站只把长度、日期和登陆点坐标作为事实使用；站内的线路是我们自己在登陆点之间画的示意性大圆航线段，' +
      '并非TeleGeography的几何数据。',
  },
  'ncp-fcc-summary': {
    title: '新跨太平洋海缆（NCP）：FCC登陆许可，2018年2月起分段投入使用，全长约1.3万公里',
    note: 'TeleGeography给出的是13,618公里和2018年5月；依据FCC文件的摘要则称约1.3万公里、2019年1月全面投入使用。',
  },
  'hillsboro-tpe-hub': {
    title: '俄勒冈州希尔斯伯勒被列为太平洋海缆的内陆枢纽',
    note: '其枢纽地位见于报道；坐标（约北纬45.52°、西经122.99°）为近似值。',
  },
  'atlantic-cable-landings-approx': {
    title: '1858年和1866年大西洋电缆的登陆地点：奈茨敦（Knightstown）、福伊洛默勒姆湾、布尔阿姆',
    note: '地点有文献记载；坐标为近似值，误差在几公里之内。',
  },
  'hearts-content-station': { title: '纽芬兰哈茨康滕特电缆站：位置' },
  'pacific-great-circle-derived': {
    title: '从俄勒冈州内多纳海滩（Nedonna Beach）到上海崇明的大圆距离：约9,200公里',
    note:
      '这是地球表面两个登陆点之间的最短路径。海缆本身约长一倍（17,968公里），因为它有通往日本、韩国和台湾的分支，并沿海底铺设；' +
      '光沿真实线路传输的时间也相应更长。',
  },
  'cable-1858-route-derived': {
    title: '1858年的线路：按奈茨敦（Knightstown）至布尔阿姆的大圆航线分八段绘出',
    note:
      '这是绘图辅助，不是勘测：第7个点与尼亚加拉号1858年8月3日的航海日志（北纬49.17°、西经49.23°）相差约0.2度。' +
      '大洋中央的接头传统上认为在北纬52°、西经32°至33°附近，未经核实。',
  },
  'cn-city-coordinates': {
    title: '中国城市的县城和市中心坐标（保留两位小数）',
    note: '未注明许可；坐标属于事实，可能带有几百米的GCJ-02偏移，在地图比例尺下看不出来。',
  },
  'east-data-west-computing-2022': {
    title: '“东数西算”：获批8个国家算力枢纽节点和10个数据中心集群',
    note: '地图上每个集群的位置用代表它的城市或县城中心表示；部分起步区未经核实。',
  },
  'scmp-ai-lab-headquarters': {
    title: '模型厂商的所在地：MiniMax（上海）、月之暗面（Moonshot AI，北京）、DeepSeek（杭州）',
    note: '所读来源未能证实智谱位于北京；各公司均以所在城市的市中心表示。',
  },
  'world-city-centres-approx': {
    title: '开发者城市和矿工迁移目的地的市中心坐标（取整）',
    note: '精确到约十分之一度；2021年矿工外迁图中的国家点位只是各国境内的示意位置，并非矿场所在地。',
  },
  'three-gorges-dam': {
    title: '三峡水电站：装机22,500兆瓦（32台700兆瓦机组加2台50兆瓦机组），2012年7月4日起全部机组投产',
    note: '只读到了百科条目，没有读到运营方自己的数据，所以署名为百科。',
  },
  'baihetan-hydro': {
    title: '白鹤滩水电站：16台1,000兆瓦机组，首批机组2021年6月28日投产',
    note: '装机容量已核实；地图上的位置（约北纬27.22°、东经102.90°）为近似值。',
  },
  'xiluodu-hydro': { title: '溪洛渡水电站：18台770兆瓦机组，2014年建成' },
  'wudongde-hydro': {
    title: '乌东德水电站：12台机组，年发电量389亿千瓦时',
    note: '年发电量已核实；装机容量（10.2吉瓦）和地图上的位置（约北纬26.3°、东经102.6°）未经核实。',
  },
  'kubuqi-desert-base': {
    title: '鄂尔多斯库布其沙漠能源基地：规划16吉瓦（光伏8吉瓦、风电4吉瓦、煤电4吉瓦），向京津冀送电',
  },
  'jiuquan-wind-base': { title: '甘肃酒泉风电基地：2012年投运5.36吉瓦' },
  'xinjiang-new-energy-2023': {
    title: '新疆风电和光伏装机：2023年1月达40.7吉瓦',
    note: '这是全区数字；地图上标在乌鲁木齐。',
  },
  'changji-guquan-uhvdc': {
    title: '昌吉—古泉±1,100千伏特高压直流线路：12吉瓦，从新疆送电至安徽宣城',
    note: '长度有3,293公里和3,324公里两种说法。地图把线路画成两端城市之间的直线；实际线路途经甘肃、宁夏、陕西和河南。昌吉换流站的位置未经核实。',
  },
  'sea-lane-waypoints': {
    title: '绘制请求线路用的海上航道途经点（孟加拉湾、马六甲海峡、南海、大西洋西部）',
    note: '只是绘图用的点，让来自印度、东南亚和巴西的线路沿常见的海缆走廊走海路，而不是直接穿过陆地；它们不是海缆的几何数据，也不是登陆站。',
  },
  'natural-earth-admin1': {
    title: '一级行政区（Admin-1）：中国的省界',
    note: '为地图做了大幅简化（scripts/china-provinces.mjs）：只是省界示意，不是测绘数据。',
  },

  // 1858年和1866年的大西洋电缆
  'sciam-atlantic-cable-aug-1858': {
    title: '大西洋电报：1857年的尝试、船队，以及每艘船装载的电缆',
    note: '称尼亚加拉号和阿伽门农号各装载约1,100海里电缆，并记述了1857年的断缆。',
  },
  'chambers-atlantic-telegraph': {
    title: '“Atlantic Telegraph”：1857—1858年的电缆是怎样制造的',
    note: '导体由七根铜丝绞成，用古塔胶绝缘，外裹铁丝铠装；每英里约重一吨；共制造2,500英里（法定英里）。',
  },
  'field-dispatch-aug-1858': {
    title: '塞勒斯·W·菲尔德从三一湾发出的铺设完成电讯',
    note: '两座电报站之间的距离为1,698海里（1,950法定英里）；超过三分之二的线路深于两英里。',
  },
  'heroes-of-the-telegraph': {
    title: 'Heroes of the Telegraph（关于塞勒斯·菲尔德和1858年远征的一章）',
    note: '1858年7月29日在大洋中央接头；尼亚加拉号在三一湾的布尔阿姆登陆，阿伽门农号在瓦伦西亚岛登陆，均在1858年8月5日。',
  },
  'hunt-imperial-science': {
    title: 'Imperial Science: Cable Telegraphy and Electrical Physics in the Victorian British Empire，第2章',
    note: '1858年的电缆“failed in September 1858 after only a month of fitful service”（时断时续地工作了仅一个月，当年9月即告失效）。',
  },
  'history-com-1858-cable': {
    title: '第一条跨大西洋电报电缆及其失效原因（对历史学家卡西·纽兰的采访）',
    note: '电缆工作了大约三周。一年的存放、搬运和接头造成的损伤，意味着它无论如何都可能早早失效。',
  },
  'whitehouse-high-voltage': {
    title: '怀尔德曼·怀特豪斯的感应线圈与1858年电缆绝缘层的击穿',
    note: '电压约2,000伏，是估算值。',
  },
  'messages-before-failure-1858': {
    title: '1858年的电缆失效前传送了多少条电报',
    note: '两种说法互相矛盾，都无法用原始资料核对。最后一次信号的确切日期也未经核实。',
  },
  'celebrations-1858': { title: '纽约庆祝1858年电缆接通：礼炮齐鸣，烟花烧毁了市政厅的穹顶' },
  'great-eastern-1866': {
    title: '大东方号在哈茨康滕特完成1866年电缆的铺设',
    note: '航程1,669海里，放出电缆1,864海里；岸端位于瓦伦西亚岛的福伊洛默勒姆湾。',
  },
  'cable-1865-recovered': { title: '1865年失落的电缆被打捞、接续并完成铺设（1866年9月8日）' },
  'cable-tariff-1866': {
    title: '1866年一封跨大西洋电报的价格',
    note: '两种说法，两种货币，均予引用。',
  },
  'cable-stations-closed': { title: '哈茨康滕特（1965年）和瓦伦西亚岛（1966年）电缆站关闭' },

  // 中国的比特币挖矿
  'hashrate-june-2021-drop': { title: '2021年6月比特币算力下降38%，约等于禁令前中国所占的份额' },
  'wet-season-hydro-price': {
    title: '四川丰水期供矿工使用的水电低至每千瓦时0.08元（约0.01美元）',
    note: '只有一个二手来源；只宜当作数量级看待。',
  },
  'openrouter-model-count': { title: 'OpenRouter上架的模型超过400个' },
  'openrouter-chinese-share-late-2024': { title: '2024年底，中国开放权重模型在OpenRouter每周Token中的占比不到1.2%' },
  'openai-tokens-rule-of-thumb': {
    title: '英文文本的经验法则：一个Token约为四个字符，100个Token约合75个英文单词',
    note: '这是针对OpenAI分词器和英文的经验法则；其他模型和其他语言切分文本的方式不同。',
  },
  'inner-mongolia-compute-2025': {
    title: '内蒙古：2025年算力规模12.6万PFLOPS，2025年第一季度绿电占比84.57%',
    note: '这是整个内蒙古的地区数字，并非某个数据中心或某家模型厂商的数字。',
  },
  'huadian-electricity-share-2026': {
    title: '算力运营成本中约一半来自电费',
    note: '只算运营成本，不含购买芯片的支出。中国电信给出的比例是内蒙古约30%，长江以南45%至55%（《中国日报》，2016年）。',
  },
  'cbeci-methodology': {
    title: '剑桥比特币电力消耗指数（CBECI）：挖矿地图的方法',
    note:
      '2019年9月至2022年1月的逐月各国份额，依据合作矿池（BTC.com、Poolin、ViaBTC，后来加上Foundry）中矿工的IP地理定位得出；' +
      '这些矿池起初约占全网算力的35%至37%，到2021年8月更新时约占44%。VPN和代理会扭曲结果。数据的许可：未经核实。',
  },
  'cbeci-sep-2019-apr-2021': { title: 'CBECI 2019年9月和2021年4月的各国份额' },
  'cbeci-first-release-2020': { title: 'CBECI挖矿地图首次发布：2019年9月至2020年4月的各国和各省平均份额' },
  'cbeci-may-2021': { title: 'CBECI 2021年5月的各国份额' },
  'cbeci-update-aug-2021': {
    title: 'CBECI挖矿地图更新，数据截至2021年8月（中国在2021年7月和8月为0%）',
    note: '2021年8月俄罗斯的份额，有的报道为11.0%，有的为11.23%；两个数字都列出。',
  },
  'cbeci-sep-2021-rebound': { title: '2021年9月中国份额回升至22.3%（地下挖矿，部分经由境外代理）' },
  'cbeci-jan-2022': {
    title: 'CBECI挖矿地图2022年5月17日发布的版本（数据截至2022年1月）',
    note: '2021年6月27日全网算力低点57.47 EH/s也出自这里。',
  },
  'ccaf-sichuan-wet-season-2020': {
    title: '2020年丰水期四川在中国算力中所占的份额',
    note: '这是在中国算力中的份额，不是在全球算力中的份额。',
  },
  'inner-mongolia-mining-exit-2021': { title: '内蒙古着手清退虚拟货币挖矿' },
  'fsdc-crackdown-may-2021': {
    title: '国务院金融稳定发展委员会（第五十一次会议）表示要打击比特币挖矿和交易行为',
    note: '会议本身已核实；确切日期（5月21日）未经核实，所以本站写作“2021年5月”。',
  },
  'xinjiang-qinghai-mining-ban-2021': { title: '新疆责令部分矿场关停；青海禁止挖矿' },
  'yunnan-mining-crackdown-2021': { title: '云南整治比特币挖矿' },
  'sichuan-mining-shutdown-2021': { title: '四川省发展改革委和省能源局责令26个疑似挖矿项目于2021年6月20日前关停' },
  'china-crypto-ban-sep-2021': {
    title: '中国人民银行等部门宣布虚拟货币相关业务属于非法金融活动；国家发展改革委等10部门（发改运行〔2021〕1283号）将挖矿列为淘汰类',
  },
  'hydro-overcapacity-2016': { title: '四川和云南的水电过剩：2016年为456亿千瓦时' },
  'hashrate-china-2015-2016': { title: '据估计，2015—2016年超过70%的SHA-256算力来自中国（早于CBECI数据）' },
  'hashrate-absolute-jan-2022': { title: '2022年1月的绝对算力：美国71 EH/s，中国39.6 EH/s，哈萨克斯坦24.8 EH/s' },
  'hashrate-wet-season-end-2020': { title: '2020年10月25日至26日前后，丰水期结束，全网约20至22 EH/s的算力下线' },

  // 模型、价格、基准测试与智能体
  'minimax-m25-launch': {
    title: 'MiniMax M2.5发布：标价（Standard档和Lightning档）、参数、SWE-bench Verified',
    note: 'SWE-bench Verified得分（80.2%）由厂商公布。总参数在不同页面上写作2,290亿或2,300亿。有些API网关给M2.5的标价是输入0.30美元、输出1.20美元。',
  },
  'kimi-k25-specs': {
    title: 'Kimi K2.5：标价和混合专家模型的规模',
    note: '未能证实K2.5的SWE-bench Verified得分。',
  },
  'glm-5-specs': { title: 'GLM-5：标价、混合专家模型的规模、SWE-bench Verified' },
  'deepseek-v3-specs': {
    title: 'DeepSeek-V3：参数、API优惠价和标准价',
    note: '优惠价（输入0.14美元、输出0.28美元）执行到2025年2月8日；此后价格为输入0.27美元、输出1.10美元（2元／8元）。',
  },
  'deepseek-v32-specs': { title: 'DeepSeek-V3.2：2025年9月降价后的标价、SWE-bench Verified' },
  'claude-opus-45-specs': { title: 'Claude Opus 4.5：标价和SWE-bench Verified' },
  'claude-opus-46-specs': { title: 'Claude Opus 4.6：标价和SWE-bench Verified' },
  'gpt-4o-pricing': {
    title: 'GPT-4o API标价（gpt-4o-2024-08-06及以后版本）',
    note: '5美元／15美元的首发价格未经证实，本站未采用。',
  },
  'anthropic-oauth-block-jan-2026': {
    title: 'Claude订阅账号在Claude Code以外无法再登录使用',
    note: '这是服务器端的改动，事先没有公告；相关工具收到的报错是“only authorized for use with Claude Code”。',
  },
  'anthropic-terms-feb-2026': {
    title: '消费者条款和新的Claude Code法律页面禁止在其他工具中使用订阅Token',
    note: '各来源报道的日期不一，从2026年2月17日到20日不等。',
  },
  'anthropic-docs-cleanup': {
    title: 'Anthropic称2月的措辞调整只是文档整理',
    note: 'Anthropic表示不会注销账号；个人通过Agent SDK使用仍被允许；API密钥不受影响。',
  },
  'openclaw-history': {
    title: 'OpenClaw：2025年11月以Clawdbot之名上线，2026年1月27日更名为Moltbot，几天后改名OpenClaw',
    note: '其创建者彼得·斯坦伯格（Peter Steinberger）于2026年2月14日宣布加入OpenAI。',
  },
  'google-antigravity-openclaw-2026': {
    title: '谷歌封停把订阅账号接入OpenClaw的用户的Antigravity和Gemini使用权限',
    note:
      '各方报道一致认为，封停始于2026年2月中旬前后，理由是违反服务条款（用订阅凭证驱动非谷歌产品）。整个谷歌账号（包括Gmail）被封的说法来自用户；' +
      '谷歌的产品负责人表示，Antigravity以外的服务本不应受影响。我们没有读到谷歌的正式声明。',
  },
  'chinese-price-war-claim': {
    title: '几十家中国实验室以低于合理利润的价格出售模型，就像制造商当年对待出口那样',
    note: '没有找到关于实验室数量或其利润率的统计。有据可查的是个别降价，例如DeepSeek在2025年9月把V3.2的价格降了一半以上。',
  },

  // OpenRouter的Token排行与路由
  'openrouter-rankings-methodology': {
    title: 'OpenRouter排行榜的统计方法和rankings-daily API文档',
    note:
      '按经由OpenRouter的提示词Token加生成Token（含推理Token）给模型排名。不计私密请求；按UTC计日；BYOK Token每天最多计为非BYOK Token的2倍。' +
      '它衡量的不是用户数、花费或质量。每家托管服务商都用自己的分词器计数。',
  },
  'openrouter-data-api': {
    title: 'OpenRouter数据API：rankings-daily和每日导出',
    note: '数据采用CC BY 4.0许可。建议的署名格式：“Source: OpenRouter (openrouter.ai/rankings), as of {as_of}”。',
  },
  'openrouter-week-feb-2026-reported': {
    title: '2026年2月24日前后报道的一周OpenRouter前十名：约8.7万亿个Token，61%流向中国模型，MiniMax M2.5为2.45万亿个（环比增长197%）',
    note: '我们没有看到OpenRouter当周的排行榜页面；这些数字来自新闻报道。',
  },
  'openrouter-week-ranking-article': {
    title: '文章给出的当周领先模型排序（MiniMax M2.5，其后是Kimi K2.5和GLM-5）',
    note: '2月下旬的另一份周榜快照（greenint.net）把Gemini 3 Flash和DeepSeek V3.2排在Kimi K2.5和GLM-5之前，可见统计的周次和口径很重要。',
  },
  'openrouter-feb-2026-crossover-weeks': {
    title: 'OpenRouter上中国模型与美国模型的对比：2026年2月9日至15日和16日至22日两周',
    note: '统计的是全部中国模型与全部美国模型，不只是前十名，因此不能与前十名约8.7万亿个Token的数字相比。',
  },
  'openrouter-late-feb-snapshot': {
    title: '2026年2月下旬的一份周榜快照：M2.5约1.7万亿，Gemini 3 Flash约9,970亿，DeepSeek V3.2约7,980亿，Kimi K2.5和GLM-5各超过6,000亿',
  },
  'openrouter-sample-caveats': { title: '为什么OpenRouter是一个自选样本（直接使用厂商服务、隐私路由、免费促销）' },
  'openrouter-provider-routing': {
    title: '托管服务商路由：每个模型可由多家托管服务商提供；默认情况下，请求在它们之间做负载均衡，价格优先',
    note:
      '开发者可以为每个请求指定托管服务商的顺序，或允许、排除某些托管服务商；企业方案可以把请求限定在欧盟或美国境内。' +
      'OpenRouter公布的是按模型而非按托管服务商或国家统计的Token数，所以中国模型的Token中有多少是在中国计算的，并无公开数据。',
  },
  'minimax-openrouter-hosts': {
    title: 'OpenRouter上除MiniMax自己外为MiniMax模型提供服务的托管服务商：Fireworks、NovitaAI、Google Vertex AI、AtlasCloud和Together',
    note: '这是一位开发者的提交说明，不是OpenRouter的页面：它列出了该项目把MiniMax模型路由到的托管服务商。它说明有中国以外的托管服务商在提供这些模型，但没有给出流量份额。',
  },

  // 电报的速度
  'queen-message-98-words-16h': {
    title: '1858年维多利亚女王致布坎南总统的贺电：98个单词，发送用了约16小时',
    note: '各种说法不一：16.5小时（亨利·福特博物馆），超过17小时（steampunkaddie），67分钟发送95个单词（Potamian和Walsh，1909年）。',
  },
  'henry-ford-galvanometer-16-5h': { title: '亨利·福特博物馆检流计的展品说明：女王的贺电用了16.5小时' },
  'steampunkaddie-17h': { title: '女王的贺电用了超过17小时；约每分钟0.1个单词' },
  'makers-of-electricity-1909': {
    title: 'Makers of Electricity：女王95个单词的贺电用了67分钟',
    note: '这是一个较早的说法，与约16小时的数字不符；可能只是在线路上传输的时间。',
  },
  'ship-crossing-10-days': { title: '电缆出现之前，一艘船把消息送过大西洋约需10天' },
  'atlantic-1866-speed': { title: '1866年的大西洋电缆每分钟约传送7.4至8个单词' },
  'light-in-fibre': {
    title: '光在光纤中的传播速度约为每秒20万公里（每公里约5微秒）',
    note:
      'c精确等于每秒299,792.458公里；典型单模光纤纤芯的群折射率约为1.47，由此得出每秒约20.4万公里，这里取整为每秒20万公里。' +
      '中继器、路由和交换还会增加时间，这里没有计入。',
  },
  'answer-time-assumption': {
    title: '假设：模型以每秒50个Token的速度写出一段98个单词（约130个Token）的答案',
    note: '仅作示意。每个英文单词约1.3个Token是常用的经验法则；实际答案用时取决于模型、托管服务商、负载和答案长短，且不含首个Token出现之前的时间。',
  },

  // 贸易统计
  'digital-trade-handbook-2023': {
    title: 'Handbook on Measuring Digital Trade（第二版）：数字交付的服务，以及为何官方统计至今只能部分反映它们',
    note: '经合组织表示，关于数字贸易规模的统计证据仍不完整。没有任何已发布的数字单独统计AI Token的贸易。',
  },
  'msits-2010-services-surveys': {
    title: 'Manual on Statistics of International Trade in Services 2010：服务贸易计入国际收支，主要依据企业调查',
    note: '服务不经过海关，所以不会在边境被统计；在境外购买计算服务的账单，如果被统计，也是归入计算机服务。',
  },
};
