// Simplified Chinese names of what the map draws, by id (the shape and its rules: src/i18n/en/places.ts).
// The usual Chinese names (旧金山, 纽约, 上海, 内蒙古, 哈萨克斯坦) and the glossary's renderings of the Atlantic
// stations and the Pacific cables (content/zh/glossary.md); a place with no established Chinese name keeps its own
// (Nedonna Beach, Knightstown). Company names as their makers write them (MiniMax, DeepSeek; 月之暗面, 智谱).
// Figures in notes are the data's; {year} and {kv} are filled from the data.
import type { Messages } from '../index';

export const places = {
  points: {
    // Developer cities
    'san-francisco': { name: '旧金山' },
    seattle: { name: '西雅图' },
    'new-york': { name: '纽约' },
    london: { name: '伦敦' },
    berlin: { name: '柏林' },
    bangalore: { name: '班加罗尔' },
    singapore: { name: '新加坡' },
    'sao-paulo': { name: '圣保罗' },
    // Model makers
    'minimax-shanghai': { name: '上海 · MiniMax', short: '上海', note: 'MiniMax总部（标在市中心）' },
    'moonshot-zhipu-beijing': { name: '北京 · 月之暗面、智谱', short: '北京', note: '月之暗面总部；智谱也在北京（此处未核实）' },
    'deepseek-hangzhou': { name: '杭州 · DeepSeek', short: '杭州', note: 'DeepSeek总部（标在市中心）' },
    // Data-centre hubs of East Data, West Computing (the clusters' own names)
    'hub-zhangjiakou': { name: '张家口', note: '京津冀枢纽' },
    'hub-yrd-demo-zone': { name: '长三角示范区（青浦）', short: '青浦', note: '长三角枢纽' },
    'hub-wuhu': { name: '芜湖', note: '长三角枢纽' },
    'hub-shaoguan': { name: '韶关', note: '粤港澳大湾区枢纽' },
    'hub-tianfu': { name: '天府（成都）', short: '成都', note: '成渝枢纽' },
    'hub-chongqing': { name: '重庆', note: '成渝枢纽' },
    'hub-horinger': { name: '和林格尔（呼和浩特）', short: '和林格尔', note: '内蒙古枢纽' },
    'hub-guian': { name: '贵安（贵阳）', short: '贵安', note: '贵州枢纽；位置为近似' },
    'hub-qingyang': { name: '庆阳', note: '甘肃枢纽' },
    'hub-zhongwei': { name: '中卫', note: '宁夏枢纽' },
    // Mining provinces
    xinjiang: { name: '新疆', note: '标在乌鲁木齐' },
    sichuan: { name: '四川', note: '标在成都' },
    'inner-mongolia': { name: '内蒙古', note: '标在呼和浩特' },
    yunnan: { name: '云南', note: '标在昆明' },
    beijing: { name: '北京', note: '标在市中心' },
    qinghai: { name: '青海', note: '标在西宁' },
    // Cable landings and the inland hub
    chongming: { name: '上海崇明', short: '崇明' },
    nanhui: { name: '上海南汇', short: '南汇' },
    lingang: { name: '上海临港', short: '临港', note: '陆上连接段' },
    qingdao: { name: '青岛' },
    'nedonna-beach': { name: 'Nedonna Beach（俄勒冈州）', short: 'Nedonna B.' },
    'pacific-city': { name: '太平洋城（俄勒冈州）', short: '太平洋城' },
    maruyama: { name: '丸山（日本）', short: '丸山' },
    geoje: { name: '巨济（韩国）', short: '巨济' },
    busan: { name: '釜山（韩国）', short: '釜山' },
    tanshui: { name: '淡水（台湾）', short: '淡水' },
    toucheng: { name: '头城（台湾）', short: '头城' },
    hillsboro: { name: '希尔斯伯勒（俄勒冈州）', short: '希尔斯伯勒', note: '内陆海缆枢纽' },
    // Atlantic telegraph stations
    knightstown: { name: '瓦伦西亚岛（Knightstown）', short: '瓦伦西亚岛', note: '1858年的电报站' },
    foilhommerum: { name: '福伊洛默勒姆湾（瓦伦西亚岛）', short: '福伊洛默勒姆湾', note: '1865/66年的电缆上岸端' },
    'bull-arm': { name: '布尔阿姆（三一湾）', short: '布尔阿姆', note: '1858年的电报站' },
    'hearts-content': { name: '哈茨康滕特', note: '1866年的电缆站' },
    // Ends of the UHV line
    changji: { name: '昌吉（新疆）', short: '昌吉', note: '换流站位置未核实，标在昌吉市' },
    xuancheng: { name: '古泉（安徽宣城）', short: '古泉', note: '标在市中心' },
    // Countries
    'united-states': { name: '美国' },
    canada: { name: '加拿大' },
    kazakhstan: { name: '哈萨克斯坦' },
    russia: { name: '俄罗斯' },
    china: { name: '中国' },
    // Power sites
    'three-gorges': { name: '三峡大坝', short: '三峡', note: '2012年7月4日起全部机组投产' },
    baihetan: { name: '白鹤滩', note: '16台1,000兆瓦机组，2021年起投产' },
    xiluodu: { name: '溪洛渡', note: '18台770兆瓦机组，2014年建成' },
    wudongde: { name: '乌东德', note: '12台机组，年发电量38.9太瓦时；装机容量未核实' },
    kubuqi: { name: '库布其沙漠基地', short: '库布其', note: '光伏、风电和煤电；向京津冀供电' },
    jiuquan: { name: '酒泉风电基地', short: '酒泉', note: '2012年已投运' },
    'xinjiang-wind-solar': { name: '新疆风电和光伏', short: '新疆', note: '全区，2023年1月；标在乌鲁木齐' },
  },
  cables: {
    tpe: { name: '跨太平洋直达海缆（TPE）', short: 'TPE' },
    ncp: { name: '新跨太平洋海缆（NCP）', short: 'NCP' },
    'cable-1858': { name: '{year}年大西洋电报电缆' },
    'cable-1866': { name: '{year}年大西洋电报电缆' },
  },
  lines: {
    'changji-guquan': { name: '昌吉—古泉±{kv}千伏' },
  },
  clusters: {
    'jinsha-dams': { name: '金沙江水电站群', short: '金沙江电站' },
  },
} satisfies Messages['places'];
