// Reads and writes the energy calculator's settings in URL query parameters (?w=700&pue=1.5&tps=1000&c=8),
// so a teacher can share a setting. Pure: takes and returns strings / URLSearchParams, never touches the DOM.
// Only the four allow-listed keys are read; anything that is not a plain finite decimal number falls back to
// the default, and numbers are clamped to the calculator's ranges, so nothing hostile can reach the page.
import { defaultSettings, settingRanges, type EnergySettings } from '../data/energy';

export const PARAM_KEYS: Record<keyof EnergySettings, string> = {
  watts: 'w',
  pue: 'pue',
  tokensPerSecond: 'tps',
  centsPerKwh: 'c',
};

const NUMBER = /^[0-9]{1,6}(\.[0-9]{1,4})?$/;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds to the input's step so values in the URL and on screen agree. */
export function snap(key: keyof EnergySettings, value: number): number {
  const { min, max, step } = settingRanges[key];
  const decimals = step >= 1 ? 0 : Math.round(-Math.log10(step));
  return Number(clamp(value, min, max).toFixed(decimals));
}

/** Parses one raw parameter value; null when absent or not a plain number. */
export function parseNumber(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const t = raw.trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Settings from a query string (with or without "?"); unknown keys are ignored. */
export function parseEnergyParams(search: string | URLSearchParams): EnergySettings {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out = { ...defaultSettings };
  for (const key of Object.keys(PARAM_KEYS) as (keyof EnergySettings)[]) {
    const n = parseNumber(params.get(PARAM_KEYS[key]));
    if (n !== null) out[key] = snap(key, n);
  }
  return out;
}

/** True when any of the calculator's keys is present in the query string. */
export function hasEnergyParams(search: string | URLSearchParams): boolean {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return Object.values(PARAM_KEYS).some((k) => params.has(k));
}

/**
 * The query string with the calculator's settings written in, keeping every other parameter as it was
 * (embeds use ?step=&lang=&theme=). Returns the string without "?" (empty when there is nothing).
 */
export function writeEnergyParams(search: string, s: EnergySettings): string {
  const params = new URLSearchParams(search);
  for (const key of Object.keys(PARAM_KEYS) as (keyof EnergySettings)[]) params.set(PARAM_KEYS[key], String(snap(key, s[key])));
  return params.toString();
}

/** Full relative URL for history.replaceState: path + new query + the hash untouched (the story's #step). */
export function energyUrl(pathname: string, search: string, hash: string, s: EnergySettings): string {
  const q = writeEnergyParams(search, s);
  return `${pathname}${q ? `?${q}` : ''}${hash}`;
}
