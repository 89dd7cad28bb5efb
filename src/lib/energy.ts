// The energy model behind the energy-per-token calculator. Pure arithmetic, no DOM.
//   J/token = GPU power (W) × PUE ÷ tokens per second
//   kWh per million tokens = J/token × 10^6 ÷ 3.6×10^6   (so 1 kWh per M tokens = 3.6 J/token)
//   US$ per million tokens (electricity only) = kWh per M tokens × price (cents per kWh) ÷ 100
// Also here: the figure's scene state and its validator (validateEnergyState), the settings' URL spec over
// src/lib/urlState.ts (?w=&pue=&tps=&c=), the log slider, and the scales' ends taken from the allowed settings.
import { defaultSettings, settingRanges, type EnergySettings } from '../data/energy';
import { hasParams, numberParams, readParams, snapToParam, urlWithParams } from './urlState';

const JOULES_PER_KWH = 3_600_000;

export function joulesPerToken(watts: number, pue: number, tokensPerSecond: number): number {
  if (!(tokensPerSecond > 0)) throw new RangeError('tokens per second must be positive');
  return (watts * pue) / tokensPerSecond;
}

export function kwhPerMillionTokens(jPerToken: number): number {
  return (jPerToken * 1e6) / JOULES_PER_KWH;
}

export function usdPerMillionTokens(jPerToken: number, centsPerKwh: number): number {
  return (kwhPerMillionTokens(jPerToken) * centsPerKwh) / 100;
}

export interface EnergyOutputs {
  jPerToken: number;
  kwhPerMillion: number;
  usdPerMillion: number;
}

export function energyOutputs(s: EnergySettings): EnergyOutputs {
  const j = joulesPerToken(s.watts, s.pue, s.tokensPerSecond);
  return { jPerToken: j, kwhPerMillion: kwhPerMillionTokens(j), usdPerMillion: usdPerMillionTokens(j, s.centsPerKwh) };
}

export interface WeeklyEnergy {
  tokens: number;
  /** Megawatt-hours in the week. */
  mwh: number;
  /** Electricity cost in US$ at the chosen price. */
  usd: number;
  /** Average power over the week's 168 hours, in megawatts. */
  averageMw: number;
}

/** Energy of a week's tokens at a given J/token, treating every token alike. */
export function weeklyEnergy(tokens: number, jPerToken: number, centsPerKwh: number): WeeklyEnergy {
  const kwh = (tokens * jPerToken) / JOULES_PER_KWH;
  return { tokens, mwh: kwh / 1000, usd: (kwh * centsPerKwh) / 100, averageMw: kwh / 1000 / (7 * 24) };
}

export interface Depreciation {
  gpuPriceUsd: number;
  years: number;
  hoursPerYear: number;
}

export interface GpuHourSplit {
  depreciationUsd: number;
  electricityUsd: number;
  totalUsd: number;
  /** Electricity as a share of the total, 0..1. */
  electricityShare: number;
  /** kWh drawn from the grid in one GPU-hour (GPU power × PUE). */
  kwh: number;
}

/** One GPU-hour: straight-line depreciation of the purchase price plus the electricity of that hour (with PUE). */
export function gpuHourSplit(s: Pick<EnergySettings, 'watts' | 'pue' | 'centsPerKwh'>, d: Depreciation): GpuHourSplit {
  if (!(d.years > 0 && d.hoursPerYear > 0)) throw new RangeError('depreciation period must be positive');
  const depreciationUsd = d.gpuPriceUsd / (d.years * d.hoursPerYear);
  const kwh = (s.watts * s.pue) / 1000;
  const electricityUsd = (kwh * s.centsPerKwh) / 100;
  const totalUsd = depreciationUsd + electricityUsd;
  return { depreciationUsd, electricityUsd, totalUsd, electricityShare: electricityUsd / totalUsd, kwh };
}

/** Scene state of the energy figure: which part is emphasised. The settings themselves are the reader's. */
export interface EnergyState {
  emphasis: 'calculator' | 'gpu-hour';
}

export function validateEnergyState(state: unknown): string[] {
  if (typeof state !== 'object' || state === null) return ['energy state must be an object'];
  const s = state as Record<string, unknown>;
  const problems: string[] = [];
  if (s.emphasis !== 'calculator' && s.emphasis !== 'gpu-hour')
    problems.push(`energy state: emphasis must be "calculator" or "gpu-hour", got ${JSON.stringify(s.emphasis)}`);
  for (const k of Object.keys(s)) if (k !== 'emphasis') problems.push(`energy state: unknown key "${k}"`);
  return problems;
}

/** The tokens-per-second slider is logarithmic: position 0..LOG_SLIDER_MAX maps onto the setting's range. */
export const LOG_SLIDER_MAX = 1000;
const TPS = settingRanges.tokensPerSecond;
export function tpsFromSlider(position: number, min = TPS.min, max = TPS.max): number {
  const p = Math.min(LOG_SLIDER_MAX, Math.max(0, position)) / LOG_SLIDER_MAX;
  return Math.round(min * Math.pow(max / min, p));
}
export function sliderFromTps(tps: number, min = TPS.min, max = TPS.max): number {
  const t = Math.min(max, Math.max(min, tps));
  return Math.round((Math.log(t / min) / Math.log(max / min)) * LOG_SLIDER_MAX);
}

/** The settings in the URL: ?w=700&pue=1.5&tps=1000&c=8, with the calculator's ranges and steps. */
export const ENERGY_PARAMS = numberParams<keyof EnergySettings>({ watts: 'w', pue: 'pue', tokensPerSecond: 'tps', centsPerKwh: 'c' }, settingRanges);

/** A setting clamped to its range and snapped to its step (what the URL and the inputs hold). */
export function snapSetting(key: keyof EnergySettings, value: number): number {
  return snapToParam(value, ENERGY_PARAMS[key]);
}
export function parseEnergyParams(search: string | URLSearchParams): EnergySettings {
  return readParams(ENERGY_PARAMS, search, defaultSettings);
}
export function hasEnergyParams(search: string | URLSearchParams): boolean {
  return hasParams(ENERGY_PARAMS, search);
}
export function energyUrl(pathname: string, search: string, hash: string, s: EnergySettings): string {
  return urlWithParams(ENERGY_PARAMS, pathname, search, hash, s);
}

export function sameSettings(a: EnergySettings, b: EnergySettings): boolean {
  return a.watts === b.watts && a.pue === b.pue && a.tokensPerSecond === b.tokensPerSecond && a.centsPerKwh === b.centsPerKwh;
}

/**
 * The J/token scale's domain: every setting the calculator allows lands on it (lowest power and PUE at the
 * highest throughput, to highest power and PUE at the lowest throughput), so the reader's mark never clamps.
 */
export function jPerTokenDomain(r = settingRanges): [number, number] {
  return [joulesPerToken(r.watts.min, r.pue.min, r.tokensPerSecond.max), joulesPerToken(r.watts.max, r.pue.max, r.tokensPerSecond.min)];
}

/** Powers of ten inside a log domain (the scale's ticks: "each step is ten times more"). */
export function decadeTicks([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) out.push(Number((10 ** e).toPrecision(1)));
  return out;
}

/** Highest US$ the GPU-hour bar can reach: depreciation plus the costliest electricity the settings allow, or the rent. */
export function gpuHourMaxUsd(d: Depreciation, rentHigh: number, r = settingRanges): number {
  const worst = gpuHourSplit({ watts: r.watts.max, pue: r.pue.max, centsPerKwh: r.centsPerKwh.max }, d);
  return Math.max(worst.totalUsd, rentHigh);
}
