// The energy model behind the energy-per-token calculator. Pure arithmetic, no DOM.
//   J/token = GPU power (W) × PUE ÷ tokens per second
//   kWh per million tokens = J/token × 10^6 ÷ 3.6×10^6   (so 1 kWh per M tokens = 3.6 J/token)
//   US$ per million tokens (electricity only) = kWh per M tokens × price (cents per kWh) ÷ 100
import type { EnergySettings } from '../data/energy';

export const JOULES_PER_KWH = 3_600_000;
export const JOULES_PER_WH = 3_600;

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

/** The tokens-per-second slider is logarithmic: position 0..1000 maps to 10..10,000 tokens per second. */
export const LOG_SLIDER_MAX = 1000;
export function tpsFromSlider(position: number, min = 10, max = 10_000): number {
  const p = Math.min(LOG_SLIDER_MAX, Math.max(0, position)) / LOG_SLIDER_MAX;
  return Math.round(min * Math.pow(max / min, p));
}
export function sliderFromTps(tps: number, min = 10, max = 10_000): number {
  const t = Math.min(max, Math.max(min, tps));
  return Math.round((Math.log(t / min) / Math.log(max / min)) * LOG_SLIDER_MAX);
}
