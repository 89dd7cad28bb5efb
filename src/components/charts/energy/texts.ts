// The calculator's sentences with their numbers filled in from src/data/energy.ts (no number is written into
// a message or a component): each preset's reasons, the worked example, and each setting's hint. Pure.
import { fill } from '../../../i18n/fill';
import type { Messages } from '../../../i18n';
import {
  defaultSettings,
  h100,
  priceReferences,
  pueReferences,
  settingRanges,
  tokenMeasurements,
  type EnergySettings,
  type Preset,
} from '../../../data/energy';
import { joulesPerToken } from '../../../lib/energy';
import type { EnergyFormats } from './format';

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`energy data: no entry "${id}"`);
  return found;
};
// The reference facts the sentences cite, by their ids in src/data/energy.ts.
const ML_ENERGY = byId(tokenMeasurements, 'ml-energy');
const GOOGLE_PUE = byId(pueReferences, 'google');
const AVERAGE_PUE = byId(pueReferences, 'uptime');
const US_PRICE = byId(priceReferences, 'us-industrial');
const ZHONGWEI_PRICE = byId(priceReferences, 'zhongwei');

export function presetWhy(strings: Messages['energy'], f: EnergyFormats, p: Preset): string {
  const s = p.settings;
  return fill(strings.presets[p.id].why, {
    watts: f.num(s.watts, 0),
    tps: f.num(s.tokensPerSecond, 0),
    pue: f.num(s.pue),
    cents: f.num(s.centsPerKwh, 1),
    j: f.sig(joulesPerToken(s.watts, s.pue, s.tokensPerSecond)),
    gpuJ: f.sig(joulesPerToken(s.watts, 1, s.tokensPerSecond), 2),
    measured: f.num(ML_ENERGY.jPerTokenLow),
    googlePue: f.num(GOOGLE_PUE.value),
    range: p.expectedJPerToken ? f.numRange(p.expectedJPerToken.low, p.expectedJPerToken.high) : '',
    yuan: ZHONGWEI_PRICE.yuan ? f.cny(ZHONGWEI_PRICE.yuan.perKwh) : '',
  });
}

export function workedExample(strings: Messages['energy'], f: EnergyFormats): string {
  const s = defaultSettings;
  return fill(strings.workedExample, {
    watts: f.num(s.watts, 0),
    pue: f.num(s.pue),
    pueAverage: f.num(AVERAGE_PUE.value),
    tps: f.num(s.tokensPerSecond, 0),
    cents: f.num(s.centsPerKwh, 1),
  });
}

/** A setting's hint: its allowed range, then what its numbers mean. */
export function fieldHint(strings: Messages['energy'], f: EnergyFormats, key: keyof EnergySettings): string {
  const r = settingRanges[key];
  const range = fill(strings.fieldRange, { range: f.numRange(r.min, r.max) });
  const values: Record<keyof EnergySettings, Record<string, string>> = {
    watts: { sxm: f.num(h100.sxmWatts.value, 0), pcie: f.num(h100.pcieWatts.value, 0) },
    pue: { none: f.num(settingRanges.pue.min), average: f.num(AVERAGE_PUE.value) },
    tokensPerSecond: {},
    centsPerKwh: { us: f.num(US_PRICE.centsPerKwh), zhongwei: f.num(ZHONGWEI_PRICE.centsPerKwh) },
  };
  return `${range} ${fill(strings.fields[key].hint, values[key])}`;
}

/** The slider's aria-valuetext for a setting's value. */
export function valueText(strings: Messages['energy'], f: EnergyFormats, key: keyof EnergySettings, value: number): string {
  return fill(strings.fields[key].valueText, { value: f.num(value, key === 'watts' || key === 'tokensPerSecond' ? 0 : 2) });
}
