// The calculator's data table: the reader's settings, the results, and every reference value the figure uses,
// with where each comes from (the reader, our arithmetic, or the publisher in src/data/sources). Pure: strings
// and numbers in, table rows out. Only the two source areas the calculator cites are imported (energy and
// electricity), not the whole registry, which would add ~10 KB to the island.
import { fill } from '../../../i18n/fill';
import type { Messages } from '../../../i18n';
import { sources as energySources } from '../../../data/sources/energy';
import { sources as electricitySources } from '../../../data/sources/electricity';
import { depreciationAssumption, h100, priceReferences, pueReferences, queryMeasurements, tokenMeasurements, type EnergySettings } from '../../../data/energy';
import { reportedWeek } from '../../../data/openrouter';
import type { EnergyOutputs, GpuHourSplit, WeeklyEnergy } from '../../../lib/energy';
import type { DataTableSpec } from '../shared/DataTable.svelte';
import type { EnergyFormats } from './format';

export interface EnergyTableInput {
  settings: EnergySettings;
  out: EnergyOutputs;
  split: GpuHourSplit;
  week: WeeklyEnergy;
}

/** Publisher by source id, for the sources the calculator cites (a unit test checks each one is here). */
export const ENERGY_PUBLISHERS: ReadonlyMap<string, string> = new Map([...energySources, ...electricitySources].map((s) => [s.id, s.publisher]));
const publisher = (id: string) => ENERGY_PUBLISHERS.get(id) ?? id;

/** Who made a published measurement, in the page's language (the names stay as their makers write them). */
export function measurementName(strings: Messages['energy'], m: { id: string; label: string }): string {
  return strings.measurementNames[m.id] ?? m.label;
}
/** What a published measurement measured (model, hardware, batch), in the page's language; its id if a language lacks it. */
export function measurementSetting(strings: Messages['energy'], m: { id: string }): string {
  return strings.measurementSettings[m.id] ?? m.id;
}

/** Name of a reference point, filled in (year, yuan tariff) from its data. */
export function pueReferenceName(strings: Messages['energy'], f: EnergyFormats, p: (typeof pueReferences)[number]): string {
  return fill(strings.pueReferences[p.id] ?? p.id, { year: p.year ? f.year(p.year) : '' });
}
export function priceReferenceName(strings: Messages['energy'], f: EnergyFormats, p: (typeof priceReferences)[number]): string {
  return fill(strings.priceReferences[p.id] ?? p.id, {
    year: p.year ? f.year(p.year) : '',
    yuan: p.yuan ? f.cny(p.yuan.perKwh) : '',
    rate: p.yuan ? f.cny(p.yuan.perUsd) : '',
  });
}

export function energyTable(strings: Messages['energy'], f: EnergyFormats, { settings, out, split, week }: EnergyTableInput): DataTableSpec {
  const t = strings.table;
  const r = t.rows;
  const v = t.values;
  const about = (approx: boolean, value: string) => (approx ? fill(v.about, { value }) : value);
  const range = (lo: number, hi: number) => (lo === hi ? f.num(lo) : f.numRange(lo, hi));
  const rows = [
    { q: r.watts, v: fill(v.watts, { value: f.num(settings.watts, 0) }), s: t.input },
    { q: r.pue, v: f.num(settings.pue), s: t.input },
    { q: r.tokensPerSecond, v: f.num(settings.tokensPerSecond, 0), s: t.input },
    { q: r.centsPerKwh, v: fill(v.centsPerKwh, { value: f.num(settings.centsPerKwh, 1) }), s: t.input },
    { q: r.jPerToken, v: fill(v.joules, { value: f.num(out.jPerToken, 4) }), s: t.ours },
    { q: r.kwhPerMillion, v: fill(v.kwh, { value: f.num(out.kwhPerMillion, 4) }), s: t.ours },
    { q: r.usdPerMillion, v: f.usd(out.usdPerMillion, 4), s: t.ours },
    {
      q: r.weekTokens,
      v: fill(v.weekTokens, {
        tokens: f.compact(week.tokens),
        share: f.pct(reportedWeek.chineseSharePct.value / 100),
        total: f.compact(reportedWeek.top10Tokens.tokens),
      }),
      s: t.reported,
    },
    { q: r.weekEnergy, v: fill(v.weekEnergy, { mwh: f.num(week.mwh, 1), mw: f.num(week.averageMw, 2) }), s: t.ours },
    { q: r.weekCost, v: fill(v.weekCost, { usd: f.usdWhole(week.usd) }), s: t.ours },
    {
      q: r.gpuDepreciation,
      v: f.usd(split.depreciationUsd, 4),
      s: fill(t.depreciationSource, { price: f.usdWhole(depreciationAssumption.gpuPriceUsd), years: f.num(depreciationAssumption.years) }),
    },
    { q: r.gpuElectricity, v: fill(v.gpuElectricity, { usd: f.usd(split.electricityUsd, 4), kwh: f.num(split.kwh, 3) }), s: t.ours },
    { q: r.rental, v: f.usdRange(h100.rentalUsdPerHour.low, h100.rentalUsdPerHour.high), s: publisher(h100.rentalUsdPerHour.source) },
    { q: r.price, v: f.usdRange(h100.priceUsd.low, h100.priceUsd.high, true), s: publisher(h100.priceUsd.source) },
    { q: r.marketPrice, v: f.usdRange(h100.marketPriceUsd.low, h100.marketPriceUsd.high, true), s: publisher(h100.marketPriceUsd.source) },
    ...tokenMeasurements.map((m) => ({
      q: fill(r.measurement, { label: measurementName(strings, m), setting: measurementSetting(strings, m) }),
      v: fill(v.jPerToken, { value: about(m.approx, range(m.jPerTokenLow, m.jPerTokenHigh)) }),
      s: publisher(m.source),
    })),
    ...queryMeasurements.map((m) => ({
      q: fill(r.measurement, { label: measurementName(strings, m), setting: measurementSetting(strings, m) }),
      v: fill(v.whPerQuery, { value: about(m.approx, f.num(m.whPerQuery)) }),
      s: publisher(m.source),
    })),
    ...pueReferences.map((p) => ({
      q: fill(r.pue_reference, { label: pueReferenceName(strings, f, p) }),
      v: about(p.approx, f.num(p.value)),
      s: publisher(p.source),
    })),
    ...priceReferences.map((p) => ({
      q: fill(r.price_reference, { label: priceReferenceName(strings, f, p) }),
      v: fill(v.centsPerKwh, { value: about(p.approx, f.num(p.centsPerKwh)) }),
      s: p.sources.map(publisher).join('; '),
    })),
  ];
  return {
    caption: t.caption,
    columns: [
      { key: 'q', label: t.quantity },
      { key: 'v', label: t.value, numeric: true },
      { key: 's', label: t.source },
    ],
    rows,
  };
}

/** Every source id the calculator's figures and table draw on, once each (the source line's data-sources). */
export const ENERGY_SOURCE_IDS = [
  ...new Set([
    'energy-per-token-formula',
    h100.sxmWatts.source,
    h100.pcieWatts.source,
    h100.priceUsd.source,
    h100.marketPriceUsd.source,
    h100.rentalUsdPerHour.source,
    ...pueReferences.map((p) => p.source),
    ...priceReferences.flatMap((p) => p.sources),
    ...tokenMeasurements.map((m) => m.source),
    ...queryMeasurements.map((m) => m.source),
    reportedWeek.top10Tokens.source,
    depreciationAssumption.source,
  ]),
];
