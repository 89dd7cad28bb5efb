// Portuguese (Brazilian) names of what the map draws, by id (the shape and its rules: src/i18n/en/places.ts).
// Exonyms as the Portuguese edition writes them (São Francisco, Nova York, Xangai, Pequim, Mongólia Interior,
// Cazaquistão); other places keep their local name (content/pt/glossary.md), cables their owners' names.
// Figures in notes are the data's, written the Brazilian way; {year} and {kv} are filled from the data.
import type { Messages } from '../index';

export const places = {
  points: {
    // Developer cities
    'san-francisco': { name: 'São Francisco', short: 'S. Francisco' },
    seattle: { name: 'Seattle' },
    'new-york': { name: 'Nova York', short: 'NY' },
    london: { name: 'Londres' },
    berlin: { name: 'Berlim' },
    bangalore: { name: 'Bangalore' },
    singapore: { name: 'Singapura' },
    'sao-paulo': { name: 'São Paulo' },
    // Model makers
    'minimax-shanghai': { name: 'Xangai · MiniMax', short: 'Xangai', note: 'sede da MiniMax (no mapa, o centro da cidade)' },
    'moonshot-zhipu-beijing': {
      name: 'Pequim · Moonshot, Zhipu',
      short: 'Pequim',
      note: 'sede da Moonshot; a Zhipu também fica em Pequim (não verificado aqui)',
    },
    'deepseek-hangzhou': { name: 'Hangzhou · DeepSeek', short: 'Hangzhou', note: 'sede da DeepSeek (no mapa, o centro da cidade)' },
    // Data-centre hubs of East Data, West Computing
    'hub-zhangjiakou': { name: 'Zhangjiakou', note: 'polo de Pequim-Tianjin-Hebei' },
    'hub-yrd-demo-zone': { name: 'Zona-piloto do Delta do Yangtzé (Qingpu)', short: 'Qingpu', note: 'polo do Delta do Yangtzé' },
    'hub-wuhu': { name: 'Wuhu', note: 'polo do Delta do Yangtzé' },
    'hub-shaoguan': { name: 'Shaoguan', note: 'polo de Guangdong-Hong Kong-Macau' },
    'hub-tianfu': { name: 'Tianfu (Chengdu)', short: 'Chengdu', note: 'polo de Chengdu-Chongqing' },
    'hub-chongqing': { name: 'Chongqing', note: 'polo de Chengdu-Chongqing' },
    'hub-horinger': { name: 'Horinger (Hohhot)', short: 'Horinger', note: 'polo da Mongólia Interior' },
    'hub-guian': { name: "Gui'an (Guiyang)", short: "Gui'an", note: 'polo de Guizhou; posição aproximada' },
    'hub-qingyang': { name: 'Qingyang', note: 'polo de Gansu' },
    'hub-zhongwei': { name: 'Zhongwei', note: 'polo de Ningxia' },
    // Mining provinces
    xinjiang: { name: 'Xinjiang', note: 'ponto em Urumqi' },
    sichuan: { name: 'Sichuan', note: 'ponto em Chengdu' },
    'inner-mongolia': { name: 'Mongólia Interior', short: 'Mong. Interior', note: 'ponto em Hohhot' },
    yunnan: { name: 'Yunnan', note: 'ponto em Kunming' },
    beijing: { name: 'Pequim', note: 'ponto no centro da cidade' },
    qinghai: { name: 'Qinghai', note: 'ponto em Xining' },
    // Cable landings and the inland hub
    chongming: { name: 'Chongming, Xangai', short: 'Chongming' },
    nanhui: { name: 'Nanhui, Xangai', short: 'Nanhui' },
    lingang: { name: 'Lingang, Xangai', short: 'Lingang', note: 'ligação terrestre' },
    qingdao: { name: 'Qingdao' },
    'nedonna-beach': { name: 'Nedonna Beach, Oregon', short: 'Nedonna B.' },
    'pacific-city': { name: 'Pacific City, Oregon', short: 'Pacific City' },
    maruyama: { name: 'Maruyama, Japão', short: 'Maruyama' },
    geoje: { name: 'Geoje, Coreia do Sul', short: 'Geoje' },
    busan: { name: 'Busan, Coreia do Sul', short: 'Busan' },
    tanshui: { name: 'Tanshui, Taiwan', short: 'Tanshui' },
    toucheng: { name: 'Toucheng, Taiwan', short: 'Toucheng' },
    hillsboro: { name: 'Hillsboro, Oregon', short: 'Hillsboro', note: 'polo de cabos no interior' },
    // Atlantic telegraph stations
    knightstown: { name: 'Valentia (Knightstown)', short: 'Valentia', note: 'estação telegráfica de 1858' },
    foilhommerum: { name: 'Baía de Foilhommerum, Valentia', short: 'Foilhommerum', note: 'ponta do cabo em terra, 1865/66' },
    'bull-arm': { name: 'Bull Arm, baía da Trindade', short: 'Bull Arm', note: 'estação telegráfica de 1858' },
    'hearts-content': { name: "Heart's Content", note: 'estação do cabo de 1866' },
    // Ends of the UHV line
    changji: { name: 'Changji (Xinjiang)', short: 'Changji', note: 'posição da estação conversora não verificada; no mapa, a cidade de Changji' },
    xuancheng: { name: 'Guquan (Xuancheng, Anhui)', short: 'Guquan', note: 'no mapa, o centro da cidade' },
    // Countries
    'united-states': { name: 'Estados Unidos', short: 'EUA' },
    canada: { name: 'Canadá' },
    kazakhstan: { name: 'Cazaquistão' },
    russia: { name: 'Rússia' },
    china: { name: 'China' },
    // Power sites
    'three-gorges': { name: 'Hidrelétrica de Três Gargantas', short: 'Três Gargantas', note: 'todas as unidades em operação desde 4 de julho de 2012' },
    baihetan: { name: 'Baihetan', note: '16 unidades de 1.000 MW, desde 2021' },
    xiluodu: { name: 'Xiluodu', note: '18 unidades de 770 MW, concluída em 2014' },
    wudongde: { name: 'Wudongde', note: '12 unidades, 38,9 TWh por ano; capacidade não verificada' },
    kubuqi: { name: 'Base do deserto de Kubuqi', short: 'Kubuqi', note: 'solar, eólica e carvão; energia para Pequim-Tianjin-Hebei' },
    jiuquan: { name: 'Base eólica de Jiuquan', short: 'Jiuquan', note: 'já em operação em 2012' },
    'xinjiang-wind-solar': { name: 'Eólica e solar de Xinjiang', short: 'Xinjiang', note: 'toda a província, jan. de 2023; ponto em Urumqi' },
  },
  cables: {
    tpe: { name: 'Trans-Pacific Express (TPE)', short: 'TPE' },
    ncp: { name: 'New Cross Pacific (NCP)', short: 'NCP' },
    'cable-1858': { name: 'Cabo telegráfico atlântico de {year}' },
    'cable-1866': { name: 'Cabo telegráfico atlântico de {year}' },
  },
  lines: {
    'changji-guquan': { name: 'Linha Changji–Guquan de ±{kv} kV' },
  },
  clusters: {
    'jinsha-dams': { name: 'Barragens do rio Jinsha', short: 'Barragens Jinsha' },
  },
} satisfies Messages['places'];
