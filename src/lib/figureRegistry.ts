// The figure registry: every number the story text cites, by key. Content writes {{key}}; the Markdown
// plugin (src/lib/remarkFigures.ts) formats the value for the page's language. Values are imported
// from the data modules that own them, never retyped here; the only arithmetic is unit changes and
// the ratios and conversions the data modules' own helpers compute. Each entry names its sources, and
// /sources/ lists every entry with its value.
import type { FigureDef } from './figures';
import { cable1858 as history1858, cable1866 as history1866, contextFacts } from '../data/history';
import { cable1858Disputed, cable1858 as latency1858, cable1866WordsPerMinute, lightInFibreKmPerS, queenMessage, shipCrossing } from '../data/latency';
import { hashratePoints, hashrateLow, provinceShares, wetSeasonSwing, type CountryId, type PointId } from '../data/hashrate';
import { crossoverWeeks, reportedWeek } from '../data/openrouter';
import { ARTICLE_PRICE_CLAIMS, getModel, getPrice, models, type ModelId } from '../data/models';
import { defaultSettings, defaultSettingsSources, depreciationAssumption, h100 } from '../data/energy';
import { ARTICLE_POWER_CLAIM, CNY_PER_USD, getPowerPrice, powerPrices } from '../data/electricity';
import { pacificCables } from '../data/cables';
import { powerSites, uhvLines } from '../data/power';
import { claim17xRatios, claim36xRatios } from './priceGap';
import { energyOutputs, gpuHourSplit } from './energy';
import { cableLandings } from '../data/places';
import { oregonShanghaiKm as oregonShanghaiPathKm } from './pacificPath';
import { fibreOneWaySeconds } from './latency';
import { toUsCentsPerKwh } from './currency';

// ---- small builders: they fix the format of a kind of number once -------------------------------

type Extra = Partial<Pick<FigureDef, 'approx' | 'prefix' | 'suffix' | 'format'>>;

/** A percentage stored as a percent (75.53 -> "75.5%"). */
function pct(value: number, label: string, sources: string[], extra: Extra = {}, digits = 1): FigureDef {
  return { value: value / 100, format: { style: 'percent', maximumFractionDigits: digits }, label, sources, ...extra };
}

/** A plain number with a unit written after it. */
function num(value: number | readonly [number, number], suffix: string, label: string, sources: string[], extra: Extra = {}): FigureDef {
  return { value, suffix, format: { maximumFractionDigits: 2 }, label, sources, ...extra };
}

/** A duration in an Intl unit ("16 hours", "90 milliseconds"). */
function duration(value: number, unit: 'day' | 'hour' | 'minute' | 'millisecond', label: string, sources: string[], extra: Extra = {}): FigureDef {
  return { value, format: { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }, label, sources, ...extra };
}

/** Money; whole amounts without decimals, others with two. */
function money(value: number | readonly [number, number], currency: 'USD' | 'GBP' | 'CNY', label: string, sources: string[], extra: Extra = {}): FigureDef {
  const whole = (typeof value === 'number' ? [value] : [...value]).every((v) => Number.isInteger(v));
  return {
    value,
    format: { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 },
    label,
    sources,
    ...extra,
  };
}

/** Large counts in words ("8.7 trillion", "229 billion"), keeping up to three significant digits. */
function big(value: number, label: string, sources: string[], extra: Extra = {}): FigureDef {
  return { value, format: { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }, label, sources, ...extra };
}

/** A ratio ("16.7×"). */
function times(value: number, label: string, sources: string[], extra: Extra = {}): FigureDef {
  return { value, suffix: '×', format: { maximumFractionDigits: 1 }, label, sources, ...extra };
}

// ---- look-ups that fail loudly if a data module changes shape ------------------------------------

function share(point: PointId, country: CountryId) {
  const p = hashratePoints.find((x) => x.id === point);
  const s = p?.shares[country];
  if (!s) throw new Error(`figures: no ${country} share at ${point} in src/data/hashrate.ts`);
  return s;
}
function province(id: (typeof provinceShares)[number]['id']) {
  const p = provinceShares.find((x) => x.id === id);
  if (!p) throw new Error(`figures: no province ${id} in src/data/hashrate.ts`);
  return p;
}
function disputed(id: string) {
  const d = cable1858Disputed.find((x) => x.id === id);
  if (!d) throw new Error(`figures: no disputed account ${id} in src/data/latency.ts`);
  return d;
}
function cable(id: 'tpe' | 'ncp') {
  const c = pacificCables.find((x) => x.id === id);
  if (!c) throw new Error(`figures: no cable ${id} in src/data/cables.ts`);
  return c;
}
function site(id: string) {
  const s = powerSites.find((x) => x.id === id);
  if (s?.capacityMw === undefined) throw new Error(`figures: no capacity for ${id} in src/data/power.ts`);
  return { ...s, capacityMw: s.capacityMw };
}
function ratioByKey(list: ReturnType<typeof claim17xRatios>, key: string) {
  const r = list.find((x) => x.key === key);
  if (!r) throw new Error(`figures: no ratio ${key} in src/lib/priceGap.ts`);
  return r;
}
function params(id: ModelId, which: 'totalParamsB' | 'activeParamsB', label: string): FigureDef {
  const m = getModel(id);
  const q = m[which];
  if (!q) throw new Error(`figures: ${id} has no ${which} in src/data/models.ts`);
  return big(q.value * 1e9, label, [m.source], { approx: q.approx });
}
function swe(id: ModelId, label: string): FigureDef {
  const s = getModel(id).sweBench;
  if (!s) throw new Error(`figures: ${id} has no SWE-bench score in src/data/models.ts`);
  return pct(s.percent, label, [s.source]);
}
function cents(id: string) {
  const p = getPowerPrice(id);
  return { cents: toUsCentsPerKwh(p.value, p.unit, CNY_PER_USD.value), p };
}

const m25 = getModel('minimax-m25');
const uhv = uhvLines.find((l) => l.id === 'changji-guquan');
if (!uhv) throw new Error('figures: no changji-guquan line in src/data/power.ts');
const tpe = cable('tpe');
const ncp = cable('ncp');
const calc = energyOutputs(defaultSettings);
const westernTariffs = powerPrices.filter((p) => p.group === 'cn-dc-tariff').map((p) => cents(p.id).cents);
const usIndustrial = getPowerPrice('us-industrial');
const currentPrices = models.flatMap((m) => m.prices.filter((t) => t.current).flatMap((t) => [t.input, t.output]));
const r17 = claim17xRatios();
const r36 = claim36xRatios();
const CENTS = ' US cents per kWh';
const txIndustrial = getPowerPrice('us-tx-industrial');
// The Oregon–Shanghai path as the crow flies (about 9,200 km), not the cable's 17,968 km with its branches.
const oregonShanghaiKm = oregonShanghaiPathKm();
const gpuHour = gpuHourSplit(defaultSettings, depreciationAssumption);

export const figures = {
  // ---- 1858 and 1866 ----
  'cable-1858-route-nm': num(history1858.routeNm.value, ' nautical miles', 'Length of the 1858 route between the telegraph houses (Field)', [
    history1858.routeNm.source,
  ]),
  'cable-1858-deep': num(history1858.deepMiles.value, ' miles', 'Depth below which more than two-thirds of the 1858 route lay', [history1858.deepMiles.source]),
  'cable-1858-weight': num(history1858.weightTonsPerMile.value, ' ton per mile', 'Weight of the 1857–58 cable', [history1858.weightTonsPerMile.source], {
    approx: true,
  }),
  'cable-1858-each-ship-nm': num(
    history1858.cableAboardEachShipNm.value,
    ' nautical miles',
    'Cable aboard each of Niagara and Agamemnon, 1858',
    [history1858.cableAboardEachShipNm.source],
    { approx: true },
  ),
  'cable-1857-break-mi': num(history1858.break1857Mi.value, ' miles', 'Cable paid out before the 1857 attempt broke', [history1858.break1857Mi.source], {
    approx: true,
  }),
  'whitehouse-volts': num(
    history1858.whitehouseVolts.value,
    ' volts',
    "Estimated voltage of Whitehouse's induction coils",
    [history1858.whitehouseVolts.source],
    { approx: true },
  ),
  'messages-1858-low': num(history1858.messagesLow.value, '', 'Messages carried by the 1858 cable, lower account', [history1858.messagesLow.source]),
  'messages-1858-high': num(history1858.messagesHigh.value, '', 'Messages carried by the 1858 cable, higher account', [history1858.messagesHigh.source]),
  'celebration-salute-guns': num(history1858.saluteGuns.value, '-gun', 'Gun salute in New York for the 1858 cable', [history1858.saluteGuns.source]),
  'queen-message-words': num(queenMessage.words, ' words', "Length of Queen Victoria's message", [queenMessage.source]),
  'queen-message-hours': duration(latency1858.seconds / 3600, 'hour', "Time to send the Queen's message (most accounts)", [latency1858.source], {
    approx: latency1858.approx,
  }),
  'queen-message-hours-ford': duration(disputed('ford-16-5h').seconds / 3600, 'hour', "Time to send the Queen's message (museum caption)", [
    disputed('ford-16-5h').source,
  ]),
  'queen-message-hours-max': duration(
    disputed('over-17h').seconds / 3600,
    'hour',
    "Time to send the Queen's message (lower bound of one account)",
    [disputed('over-17h').source],
    { prefix: { en: 'more than ' } },
  ),
  'queen-message-words-1909': num(disputed('makers-1909').words, ' words', "Length of the Queen's message (1909 account)", [disputed('makers-1909').source]),
  'queen-message-minutes-1909': duration(disputed('makers-1909').seconds / 60, 'minute', "Time to send the Queen's message (1909 account)", [
    disputed('makers-1909').source,
  ]),
  'ship-crossing-days': duration(shipCrossing.seconds / 86400, 'day', 'A message across the Atlantic by ship', [shipCrossing.source], {
    approx: shipCrossing.approx,
  }),
  'cable-1866-wpm': num(
    [cable1866WordsPerMinute.low, cable1866WordsPerMinute.high],
    ' words per minute',
    'Speed of the 1866 cable',
    [cable1866WordsPerMinute.source],
    { approx: true },
  ),
  'cable-1866-working-cables': num(history1866.workingCables.value, '', 'Working Atlantic cables after Sep 1866', [history1866.workingCables.source]),
  'cable-1866-price-usd': money(
    history1866.priceUsdPerWord.value,
    'USD',
    'Price of a transatlantic telegram, 1866, per word (one account)',
    [history1866.priceUsdPerWord.source],
    { suffix: ' a word' },
  ),
  'cable-1866-min-words': num(history1866.minimumWords.value, ' words', 'Minimum length charged for a telegram, 1866', [history1866.minimumWords.source]),
  'cable-1866-price-gbp': money(
    history1866.priceGbpPerWord.value,
    'GBP',
    'Price of a transatlantic telegram, 1866, per word (a diary)',
    [history1866.priceGbpPerWord.source],
    { suffix: ' a word' },
  ),

  // ---- Bitcoin mining ----
  'hashrate-china-sep-2019': pct(share('sep-2019', 'china').pct, "China's share of global hashrate, Sep 2019", [share('sep-2019', 'china').source]),
  'hashrate-china-apr-2021': pct(share('apr-2021', 'china').pct, "China's share of global hashrate, Apr 2021", [share('apr-2021', 'china').source], {}, 0),
  'hashrate-china-may-2021': pct(
    share('may-2021', 'china').pct,
    "China's share of global hashrate, May 2021",
    [share('may-2021', 'china').source],
    {
      approx: share('may-2021', 'china').approx,
    },
    0,
  ),
  'hashrate-us-sep-2019': pct(share('sep-2019', 'us').pct, 'US share of global hashrate, Sep 2019', [share('sep-2019', 'us').source]),
  'hashrate-xinjiang': pct(province('xinjiang').sharePct, 'Xinjiang, share of global hashrate, Sep 2019–Apr 2020 average', [province('xinjiang').source]),
  'hashrate-sichuan': pct(province('sichuan').sharePct, 'Sichuan, share of global hashrate, Sep 2019–Apr 2020 average', [province('sichuan').source]),
  'hashrate-inner-mongolia': pct(province('inner-mongolia').sharePct, 'Inner Mongolia, share of global hashrate, Sep 2019–Apr 2020 average', [
    province('inner-mongolia').source,
  ]),
  'hashrate-yunnan': pct(province('yunnan').sharePct, 'Yunnan, share of global hashrate, Sep 2019–Apr 2020 average', [province('yunnan').source]),
  'hashrate-beijing': pct(province('beijing').sharePct, 'Beijing, share of global hashrate, Sep 2019–Apr 2020 average', [province('beijing').source]),
  'sichuan-share-wet-start': pct(wetSeasonSwing.sichuan.startPct, "Sichuan's share of China's hashrate, start of the 2020 wet season", [wetSeasonSwing.source]),
  'sichuan-share-wet-peak': pct(wetSeasonSwing.sichuan.peakPct, "Sichuan's share of China's hashrate, peak of the 2020 wet season", [wetSeasonSwing.source]),
  'xinjiang-share-wet-start': pct(wetSeasonSwing.xinjiang.startPct, "Xinjiang's share of China's hashrate, start of the 2020 wet season", [
    wetSeasonSwing.source,
  ]),
  'xinjiang-share-wet-low': pct(wetSeasonSwing.xinjiang.peakPct, "Xinjiang's share of China's hashrate, peak of the 2020 wet season", [wetSeasonSwing.source]),
  'wet-season-hydro-price': money(
    contextFacts.wetSeasonHydroCnyPerKwh.value,
    'CNY',
    'Lowest wet-season hydropower price paid by miners in Sichuan',
    [contextFacts.wetSeasonHydroCnyPerKwh.source],
    { suffix: ' per kWh', approx: contextFacts.wetSeasonHydroCnyPerKwh.approx },
  ),
  'sichuan-mining-projects-shut': num(contextFacts.sichuanProjectsShut.value, '', 'Suspected mining projects Sichuan ordered shut, Jun 2021', [
    contextFacts.sichuanProjectsShut.source,
  ]),
  'hashrate-june-2021-drop': pct(
    contextFacts.hashrateJune2021DropPct.value,
    'Fall in global hashrate, June 2021',
    [contextFacts.hashrateJune2021DropPct.source],
    {},
    0,
  ),
  'hashrate-low-2021': num(hashrateLow.ehs, ' EH/s', 'Global hashrate low point, 27 Jun 2021 (exahashes per second)', [hashrateLow.source]),
  'hashrate-china-aug-2021': pct(share('aug-2021', 'china').pct, "China's share of global hashrate, Jul and Aug 2021", [share('aug-2021', 'china').source]),
  'hashrate-us-aug-2021': pct(share('aug-2021', 'us').pct, 'US share of global hashrate, Aug 2021', [share('aug-2021', 'us').source]),
  'hashrate-kazakhstan-aug-2021': pct(share('aug-2021', 'kazakhstan').pct, 'Kazakhstan share of global hashrate, Aug 2021', [
    share('aug-2021', 'kazakhstan').source,
  ]),
  'hashrate-russia-aug-2021': pct(
    share('aug-2021', 'russia').pct,
    'Russia share of global hashrate, Aug 2021 (reports give 11.0% or 11.23%)',
    [share('aug-2021', 'russia').source],
    { approx: true },
    0,
  ),
  'hashrate-canada-aug-2021': pct(share('aug-2021', 'canada').pct, 'Canada share of global hashrate, Aug 2021', [share('aug-2021', 'canada').source]),
  'hashrate-china-sep-2021': pct(share('sep-2021', 'china').pct, "China's share of global hashrate, Sep 2021 (covert)", [share('sep-2021', 'china').source]),
  'hashrate-china-jan-2022': pct(share('jan-2022', 'china').pct, "China's share of global hashrate, Jan 2022", [share('jan-2022', 'china').source]),
  'hashrate-us-jan-2022': pct(share('jan-2022', 'us').pct, 'US share of global hashrate, Jan 2022', [share('jan-2022', 'us').source]),

  // ---- OpenRouter ----
  'openrouter-model-count': num(contextFacts.openrouterModelsAtLeast.value, '', 'Models listed on OpenRouter', [contextFacts.openrouterModelsAtLeast.source], {
    prefix: { en: 'more than ' },
  }),
  'openrouter-top10-tokens': big(
    reportedWeek.top10Tokens.tokens,
    'Tokens processed by OpenRouter’s top 10 models in the week reported around 24 Feb 2026',
    [reportedWeek.top10Tokens.source],
    { approx: reportedWeek.top10Tokens.approx },
  ),
  'openrouter-chinese-share': pct(
    reportedWeek.chineseSharePct.value,
    'Chinese models’ share of those top-10 tokens',
    [reportedWeek.chineseSharePct.source],
    {},
    0,
  ),
  'openrouter-m25-tokens': big(reportedWeek.leaders[0].tokens!.tokens, 'MiniMax M2.5 tokens that week', [reportedWeek.leaders[0].tokens!.source]),
  'openrouter-cn-week1': big(crossoverWeeks[0].china.tokens, 'All Chinese models, week of 9–15 Feb 2026', [crossoverWeeks[0].china.source]),
  'openrouter-us-week1': big(crossoverWeeks[0].us.tokens, 'All US models, week of 9–15 Feb 2026', [crossoverWeeks[0].us.source]),
  'openrouter-cn-week2': big(crossoverWeeks[1].china.tokens, 'All Chinese models, week of 16–22 Feb 2026', [crossoverWeeks[1].china.source]),
  'openrouter-us-week2': big(crossoverWeeks[1].us.tokens, 'All US models, week of 16–22 Feb 2026', [crossoverWeeks[1].us.source]),
  'openrouter-cn-share-late-2024': pct(
    contextFacts.chineseShareLate2024Pct.value,
    'Chinese open-weight models’ share of OpenRouter weekly tokens, late 2024',
    [contextFacts.chineseShareLate2024Pct.source],
    { prefix: { en: 'less than ' } },
  ),

  // ---- models and prices ----
  'm25-swe-bench': swe('minimax-m25', 'MiniMax M2.5, SWE-bench Verified (vendor-reported)'),
  'opus46-swe-bench': swe('claude-opus-46', 'Claude Opus 4.6, SWE-bench Verified (vendor-reported)'),
  'opus45-swe-bench': swe('claude-opus-45', 'Claude Opus 4.5, SWE-bench Verified (vendor-reported)'),
  'gpt4o-price-out': money(getPrice('gpt-4o').output, 'USD', 'GPT-4o, US$ per million output tokens', [getPrice('gpt-4o').source]),
  'dsv3-promo-price-out': money(getPrice('deepseek-v3', 'promo').output, 'USD', 'DeepSeek-V3 launch promotion, US$ per million output tokens', [
    getPrice('deepseek-v3', 'promo').source,
  ]),
  'dsv3-price-out': money(getPrice('deepseek-v3').output, 'USD', 'DeepSeek-V3 standard price after the promotion, US$ per million output tokens', [
    getPrice('deepseek-v3').source,
  ]),
  'm25-price-in': money(getPrice('minimax-m25').input, 'USD', 'MiniMax M2.5 Standard, US$ per million input tokens', [getPrice('minimax-m25').source]),
  'm25-price-out': money(getPrice('minimax-m25').output, 'USD', 'MiniMax M2.5 Standard, US$ per million output tokens', [getPrice('minimax-m25').source]),
  'm25-lightning-price-in': money(getPrice('minimax-m25', 'lightning').input, 'USD', 'MiniMax M2.5 Lightning, US$ per million input tokens', [
    getPrice('minimax-m25', 'lightning').source,
  ]),
  'opus46-price-in': money(getPrice('claude-opus-46').input, 'USD', 'Claude Opus 4.6, US$ per million input tokens', [getPrice('claude-opus-46').source]),
  'opus46-price-out': money(getPrice('claude-opus-46').output, 'USD', 'Claude Opus 4.6, US$ per million output tokens', [getPrice('claude-opus-46').source]),
  'ratio-input-lightning': times(ratioByKey(r17, 'input-vs-lightning').value, 'Opus 4.6 input price ÷ M2.5 Lightning input price', [
    'claude-opus-46-specs',
    'minimax-m25-launch',
  ]),
  'ratio-input-standard': times(ratioByKey(r17, 'input-vs-standard').value, 'Opus 4.6 input price ÷ M2.5 Standard input price', [
    'claude-opus-46-specs',
    'minimax-m25-launch',
  ]),
  'ratio-output-standard': times(ratioByKey(r17, 'output-vs-standard').value, 'Opus 4.6 output price ÷ M2.5 Standard output price', [
    'claude-opus-46-specs',
    'minimax-m25-launch',
  ]),
  'ratio-gpt4o-dsv3-promo': times(ratioByKey(r36, 'output-vs-v3-promo').value, 'GPT-4o output price ÷ DeepSeek-V3 launch-promotion output price', [
    'gpt-4o-pricing',
    'deepseek-v3-specs',
  ]),
  'ratio-gpt4o-dsv3-standard': times(ratioByKey(r36, 'output-vs-v3-standard').value, 'GPT-4o output price ÷ DeepSeek-V3 standard output price', [
    'gpt-4o-pricing',
    'deepseek-v3-specs',
  ]),
  'list-price-min': money(
    Math.min(...currentPrices),
    'USD',
    'Lowest current list price per million tokens among the models shown',
    models.map((m) => m.source),
  ),
  'list-price-max': money(
    Math.max(...currentPrices),
    'USD',
    'Highest current list price per million tokens among the models shown',
    models.map((m) => m.source),
  ),
  'm25-total-params': params('minimax-m25', 'totalParamsB', 'MiniMax M2.5, total parameters (229 B or 230 B by source)'),
  'm25-active-params': params('minimax-m25', 'activeParamsB', 'MiniMax M2.5, parameters active per token'),
  'm25-experts-active': num(m25.experts!.activePerToken, '', 'MiniMax M2.5, experts used per token', [m25.experts!.source]),
  'm25-experts-routed': num(m25.experts!.routed, '', 'MiniMax M2.5, routed experts per layer', [m25.experts!.source]),
  'dsv3-total-params': params('deepseek-v3', 'totalParamsB', 'DeepSeek-V3, total parameters'),
  'dsv3-active-params': params('deepseek-v3', 'activeParamsB', 'DeepSeek-V3, parameters active per token'),
  'k25-total-params': params('kimi-k25', 'totalParamsB', 'Kimi K2.5, total parameters'),
  'k25-active-params': params('kimi-k25', 'activeParamsB', 'Kimi K2.5, parameters active per token'),
  'glm5-total-params': params('glm-5', 'totalParamsB', 'GLM-5, total parameters'),
  'glm5-active-params': params('glm-5', 'activeParamsB', 'GLM-5, parameters active per token'),

  // ---- cables and latency today ----
  'tpe-length': {
    value: tpe.lengthKm,
    format: { style: 'unit', unit: 'kilometer', unitDisplay: 'short' },
    label: 'Length of the Trans-Pacific Express cable',
    sources: [tpe.source],
  },
  'ncp-length': {
    value: ncp.lengthKm,
    format: { style: 'unit', unit: 'kilometer', unitDisplay: 'short' },
    label: 'Length of the New Cross Pacific cable',
    sources: [ncp.source],
  },
  'tpe-one-way-time': {
    value: fibreOneWaySeconds(tpe.lengthKm, lightInFibreKmPerS.value) * 1000,
    format: { style: 'unit', unit: 'millisecond', unitDisplay: 'long', maximumSignificantDigits: 2 },
    approx: true,
    label: 'Light in fibre over the length of TPE, one way (length ÷ about 200,000 km/s)',
    sources: [tpe.source, lightInFibreKmPerS.source],
  },

  // ---- energy ----
  'h100-price': money([h100.priceUsd.low, h100.priceUsd.high], 'USD', 'NVIDIA H100 purchase price, analyst estimate', [h100.priceUsd.source], {
    approx: h100.priceUsd.approx,
  }),
  'h100-watts': num(h100.sxmWatts.value, ' watts', 'NVIDIA H100 SXM, maximum board power', [h100.sxmWatts.source]),
  'calc-default-pue': num(defaultSettings.pue, '', 'Calculator default: data-centre overhead (PUE)', defaultSettingsSources),
  'calc-default-tps': num(
    defaultSettings.tokensPerSecond,
    '',
    'Calculator default: tokens per second per GPU (our assumption, not a measurement)',
    defaultSettingsSources,
  ),
  'calc-default-price': num(defaultSettings.centsPerKwh, CENTS, 'Calculator default: electricity price', defaultSettingsSources),
  'calc-default-j-per-token': num(calc.jPerToken, ' joules', 'Calculator default: energy per token (W × PUE ÷ tokens per second)', defaultSettingsSources),
  'calc-default-usd-per-m': money(calc.usdPerMillion, 'USD', 'Calculator default: electricity cost per million tokens', defaultSettingsSources, {
    approx: true,
    format: { style: 'currency', currency: 'USD', maximumSignificantDigits: 2 },
  }),

  // ---- power in China ----
  'three-gorges-capacity': num(site('three-gorges').capacityMw / 1000, ' gigawatts', 'Three Gorges Dam, installed capacity', [site('three-gorges').source]),
  'baihetan-capacity': num(site('baihetan').capacityMw / 1000, ' gigawatts', 'Baihetan, installed capacity', [site('baihetan').source]),
  'xinjiang-wind-solar': num(site('xinjiang-wind-solar').capacityMw / 1000, ' gigawatts', 'Xinjiang wind and solar capacity, Jan 2023', [
    site('xinjiang-wind-solar').source,
  ]),
  'uhv-length': {
    value: uhv.lengthKm,
    format: { style: 'unit', unit: 'kilometer', unitDisplay: 'short' },
    label: 'Length of the Changji–Guquan line (two published figures)',
    sources: [uhv.source],
  },
  'uhv-voltage': num(uhv.kv, ' kV', 'Voltage of the Changji–Guquan line', [uhv.source], { prefix: '±' }),
  'uhv-capacity': num(uhv.ratingMw / 1000, ' gigawatts', 'Rating of the Changji–Guquan line', [uhv.source]),
  'edwc-hubs': num(contextFacts.edwcHubNodes.value, '', '"East Data, West Computing": national computing hub nodes', [contextFacts.edwcHubNodes.source]),
  'edwc-clusters': num(contextFacts.edwcClusters.value, '', '"East Data, West Computing": national data-centre clusters', [contextFacts.edwcClusters.source]),

  // ---- electricity prices ----
  'us-industrial-price': num(usIndustrial.value, CENTS, 'US industrial electricity, average 2023', [usIndustrial.source]),
  'cn-industrial-price': num(cents('cn-industrial').cents, CENTS, 'China industrial electricity, average 2024', [cents('cn-industrial').p.source], {
    approx: cents('cn-industrial').p.approx,
  }),
  'cny-per-usd': num(CNY_PER_USD.value, ' yuan per US dollar', 'Exchange rate used to convert yuan tariffs', [CNY_PER_USD.source], {
    approx: CNY_PER_USD.approx,
  }),
  'ulanqab-tariff': money(getPowerPrice('cn-ulanqab').value, 'CNY', 'Ulanqab data-centre tariff, yuan per kWh', [getPowerPrice('cn-ulanqab').source]),
  'zhongwei-tariff': money(getPowerPrice('cn-zhongwei').value, 'CNY', 'Zhongwei data-centre tariff, yuan per kWh', [getPowerPrice('cn-zhongwei').source]),
  'hohhot-tariff': money(getPowerPrice('cn-hohhot').value, 'CNY', 'Hohhot data-centre tariff, yuan per kWh', [getPowerPrice('cn-hohhot').source]),
  'western-tariff-usc': num(
    [Math.min(...westernTariffs), Math.max(...westernTariffs)],
    CENTS,
    'Western Chinese data-centre tariffs converted to US cents',
    ['pandaily-ulanqab-tariff', 'china-daily-zhongwei-2020', 'china-daily-hohhot-2015', CNY_PER_USD.source],
    {
      approx: true,
      format: { maximumFractionDigits: 1 },
    },
  ),
  'western-tariff-discount': {
    value: [1 - Math.max(...westernTariffs) / usIndustrial.value, 1 - Math.min(...westernTariffs) / usIndustrial.value],
    format: { style: 'percent', maximumFractionDigits: 0 },
    // Tariffs from different years at one rough exchange rate: an estimate.
    approx: true,
    label: 'How far western data-centre tariffs sit below the US industrial average',
    sources: ['pandaily-ulanqab-tariff', 'china-daily-hohhot-2015', CNY_PER_USD.source, usIndustrial.source],
  },

  'tx-industrial-price': num(getPowerPrice('us-tx-industrial').value, CENTS, 'Texas industrial electricity, 2023', [getPowerPrice('us-tx-industrial').source]),
  'va-industrial-price': num(getPowerPrice('us-va-industrial').value, CENTS, 'Virginia industrial electricity, 2023', [
    getPowerPrice('us-va-industrial').source,
  ]),
  'western-tariff-vs-texas': {
    value: [1 - Math.max(...westernTariffs) / txIndustrial.value, 1 - Math.min(...westernTariffs) / txIndustrial.value],
    format: { style: 'percent', maximumFractionDigits: 0 },
    approx: true,
    label: 'How far western data-centre tariffs sit below the Texas industrial price',
    sources: ['pandaily-ulanqab-tariff', 'china-daily-hohhot-2015', CNY_PER_USD.source, txIndustrial.source],
  },
  'inner-mongolia-green-share': pct(
    contextFacts.innerMongoliaGreenPowerPct.value,
    'Green-power share in Inner Mongolia, Q1 2025',
    [contextFacts.innerMongoliaGreenPowerPct.source],
    {},
    0,
  ),
  'dc-electricity-cost-share': pct(
    contextFacts.dcElectricityCostSharePct.value,
    'Electricity share of the operating cost of computing (China Huadian)',
    [contextFacts.dcElectricityCostSharePct.source],
    { approx: contextFacts.dcElectricityCostSharePct.approx },
    0,
  ),

  // ---- what a token is, and where the answer is computed ----
  'tokens-sample': num(contextFacts.tokensSample.value, ' tokens', 'Sample length for the tokens-to-words rule of thumb', [contextFacts.tokensSample.source]),
  'words-per-100-tokens': num(
    contextFacts.wordsPer100Tokens.value,
    ' English words',
    'English words in that many tokens (rule of thumb)',
    [contextFacts.wordsPer100Tokens.source],
    {
      approx: contextFacts.wordsPer100Tokens.approx,
    },
  ),
  'oregon-shanghai-km': {
    value: Math.round(oregonShanghaiKm / 100) * 100,
    format: { style: 'unit', unit: 'kilometer', unitDisplay: 'short' },
    approx: true,
    label: 'Great-circle distance from the Oregon landing (Nedonna Beach) to Shanghai (Chongming)',
    sources: [cableLandings.find((l) => l.id === 'chongming')!.source, 'pacific-great-circle-derived'],
  },
  'oregon-shanghai-light-ms': {
    value: fibreOneWaySeconds(oregonShanghaiKm, lightInFibreKmPerS.value) * 1000,
    format: { style: 'unit', unit: 'millisecond', unitDisplay: 'long', maximumSignificantDigits: 2 },
    approx: true,
    label: 'Light in fibre over the Oregon–Shanghai great circle, one way (distance ÷ about 200,000 km/s)',
    sources: ['pacific-great-circle-derived', lightInFibreKmPerS.source],
  },
  'gpu-hour-electricity-share': pct(
    gpuHour.electricityShare * 100,
    'Electricity share of one H100-hour at the calculator defaults (the rest is the chip’s price)',
    [...defaultSettingsSources, depreciationAssumption.source],
    { approx: true },
    0,
  ),
  'gpu-hour-depreciation': money(
    gpuHour.depreciationUsd,
    'USD',
    'Chip price per hour of use (four years round the clock)',
    [depreciationAssumption.source, h100.priceUsd.source],
    {
      approx: true,
    },
  ),
  'gpu-hour-electricity': money(gpuHour.electricityUsd, 'USD', 'Electricity per H100-hour at the calculator defaults', defaultSettingsSources, {
    approx: true,
  }),
  'm25-lightning-price-out': money(getPrice('minimax-m25', 'lightning').output, 'USD', 'MiniMax M2.5 Lightning, US$ per million output tokens', [
    getPrice('minimax-m25', 'lightning').source,
  ]),
  'ratio-output-lightning': times(
    getPrice('claude-opus-46').output / getPrice('minimax-m25', 'lightning').output,
    'Opus 4.6 output price ÷ M2.5 Lightning output price',
    ['claude-opus-46-specs', 'minimax-m25-launch'],
  ),

  // ---- the article's own numbers (claims, not evidence) ----
  'article-electricity-discount': pct(
    ARTICLE_POWER_CLAIM.fractionBelow * 100,
    'The article: Chinese electricity "about 40% cheaper"',
    [ARTICLE_POWER_CLAIM.source],
    { approx: ARTICLE_POWER_CLAIM.approx },
    0,
  ),
  'article-price-ratio': times(
    ARTICLE_PRICE_CLAIMS.opusVsM25.ratio,
    'The article: M2.5 "about 17 times" cheaper than Claude Opus',
    [ARTICLE_PRICE_CLAIMS.opusVsM25.source],
    { approx: ARTICLE_PRICE_CLAIMS.opusVsM25.approx },
  ),
  'article-inference-ratio': times(
    ARTICLE_PRICE_CLAIMS.deepseekVsGpt4o.ratio,
    'The article: DeepSeek inference "36 times" cheaper than GPT-4o',
    [ARTICLE_PRICE_CLAIMS.deepseekVsGpt4o.source],
    { approx: ARTICLE_PRICE_CLAIMS.deepseekVsGpt4o.approx },
  ),
} satisfies Record<string, FigureDef>;
