// A figure's numeric settings in URL query parameters, so a reader (or a teacher) can share a setting:
// the energy calculator's ?w=700&pue=1.5&tps=1000&c=8 is one spec of this module (src/lib/energy.ts).
// Pure: takes and returns strings and URLSearchParams, never touches the DOM or history (the debounced
// replaceState lives with the component that owns the settings).
//
//   const spec = { watts: { param: 'w', min: 100, max: 1500, step: 10 }, ... };
//   readParams(spec, location.search, defaults)  -> settings, each clamped and snapped, defaults where absent
//   urlWithParams(spec, pathname, search, hash, settings) -> the URL to replaceState with
//
// Only the spec's keys are read and written (every other parameter is kept as it was); a value that is not a
// plain decimal number is ignored (the default stays), and numbers are clamped to their range and snapped to
// their step, so nothing hostile or out of range can reach the page.

export interface NumberParam {
  /** Name in the query string. */
  param: string;
  min: number;
  max: number;
  /** The input's step: values are snapped to min + k × step. */
  step: number;
}

export type NumberParams<K extends string> = Record<K, NumberParam>;

/** Plain decimals only: no sign, exponent, hex, spaces inside, or more digits than any setting needs. */
const NUMBER = /^[0-9]{1,6}(\.[0-9]{1,4})?$/;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Decimals a number is written with (0.01 -> 2, 0.25 -> 2, 10 -> 0). */
function decimalsOf(n: number): number {
  return (String(n).split('.')[1] ?? '').length;
}

/** Clamps to the range and snaps to the step grid (min + k × step), so the URL, the slider and the field agree. */
export function snapToParam(value: number, p: Pick<NumberParam, 'min' | 'max' | 'step'>): number {
  const k = Math.round((clamp(value, p.min, p.max) - p.min) / p.step);
  const snapped = clamp(p.min + k * p.step, p.min, p.max);
  return Number(snapped.toFixed(Math.max(decimalsOf(p.step), decimalsOf(p.min))));
}

/** One raw parameter value as a number; null when absent or not a plain decimal. */
export function parseNumber(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const t = raw.trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const paramsOf = (search: string | URLSearchParams) => (typeof search === 'string' ? new URLSearchParams(search) : search);
const keysOf = <K extends string>(spec: NumberParams<K>) => Object.keys(spec) as K[];

/** The settings a query string asks for (with or without "?"): each key's first value, or its default. */
export function readParams<K extends string>(spec: NumberParams<K>, search: string | URLSearchParams, defaults: Record<K, number>): Record<K, number> {
  const params = paramsOf(search);
  const out = { ...defaults };
  for (const key of keysOf(spec)) {
    const n = parseNumber(params.get(spec[key].param));
    if (n !== null) out[key] = snapToParam(n, spec[key]);
  }
  return out;
}

/** True when any of the spec's parameters is present. */
export function hasParams<K extends string>(spec: NumberParams<K>, search: string | URLSearchParams): boolean {
  const params = paramsOf(search);
  return keysOf(spec).some((k) => params.has(spec[k].param));
}

/** The query string with the settings written in (snapped), every other parameter kept; no leading "?". */
export function writeParams<K extends string>(spec: NumberParams<K>, search: string, values: Record<K, number>): string {
  const params = new URLSearchParams(search);
  for (const key of keysOf(spec)) params.set(spec[key].param, String(snapToParam(values[key], spec[key])));
  return params.toString();
}

/** Path + new query + the hash untouched (the story's #step): the relative URL for history.replaceState. */
export function urlWithParams<K extends string>(spec: NumberParams<K>, pathname: string, search: string, hash: string, values: Record<K, number>): string {
  const q = writeParams(spec, search, values);
  return `${pathname}${q ? `?${q}` : ''}${hash}`;
}

/** A spec from parameter names and ranges kept apart (the ranges live with the data: src/data/<figure>.ts). */
export function numberParams<K extends string>(names: Record<K, string>, ranges: Record<K, { min: number; max: number; step: number }>): NumberParams<K> {
  const spec = {} as NumberParams<K>;
  for (const key of Object.keys(names) as K[]) spec[key] = { param: names[key], ...ranges[key] };
  return spec;
}
