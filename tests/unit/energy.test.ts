// Hand-worked checks of the energy model (src/lib/energy.ts) and the calculator's data (src/data/energy.ts).
import { describe, expect, it } from 'vitest';
import {
  energyOutputs,
  gpuHourSplit,
  joulesPerToken,
  kwhPerMillionTokens,
  sliderFromTps,
  tpsFromSlider,
  usdPerMillionTokens,
  validateEnergyState,
  weeklyEnergy,
  jPerTokenDomain,
  decadeTicks,
  gpuHourMaxUsd,
} from '../../src/lib/energy';
import {
  defaultSettings,
  depreciationAssumption,
  presets,
  priceReferences,
  pueReferences,
  queryMeasurements,
  settingRanges,
  tokenMeasurements,
} from '../../src/data/energy';
import { messagesFor } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { fillParts } from '../../src/lib/fillParts';
import { energyFormats } from '../../src/components/charts/energy/format';
import { fieldHint, presetWhy, valueText, workedExample } from '../../src/components/charts/energy/texts';
import { energyTable, ENERGY_PUBLISHERS, ENERGY_SOURCE_IDS, priceReferenceName, pueReferenceName } from '../../src/components/charts/energy/energyTable';
import { scenes } from '../../src/scenes/charts/energy.scenes';
import { sourceById } from '../../src/data/sources';

describe('energy per token', () => {
  it('700 W x PUE 1.5 / 1000 tok/s = 1.05 J/token', () => {
    expect(joulesPerToken(700, 1.5, 1000)).toBeCloseTo(1.05, 12);
    // 700 x 1.5 = 1050 W; 1050 / 100 = 10.5 J/token (fact sheet's second example)
    expect(joulesPerToken(700, 1.5, 100)).toBeCloseTo(10.5, 12);
  });
  it('1.05 J/token = 0.2917 kWh per million tokens; 1 kWh per M tokens = 3.6 J/token', () => {
    // 1.05 J x 1,000,000 = 1,050,000 J; / 3,600,000 J per kWh = 0.291666... kWh
    expect(kwhPerMillionTokens(1.05)).toBeCloseTo(0.291667, 6);
    expect(kwhPerMillionTokens(3.6)).toBeCloseTo(1, 12);
  });
  it('electricity cost per million tokens', () => {
    // 0.291666 kWh x $0.08 = $0.023333
    expect(usdPerMillionTokens(1.05, 8)).toBeCloseTo(0.023333, 6);
    // fact sheet: 1 J/token at 8 c = ~$0.022; 4 J/token at 4 c = ~$0.044
    expect(usdPerMillionTokens(1, 8)).toBeCloseTo(0.022222, 6);
    expect(usdPerMillionTokens(4, 4)).toBeCloseTo(0.044444, 6);
  });
  it('energyOutputs bundles the three outputs for the default settings', () => {
    const o = energyOutputs(defaultSettings);
    expect(o.jPerToken).toBeCloseTo(1.05, 12);
    expect(o.kwhPerMillion).toBeCloseTo(0.291667, 6);
    expect(o.usdPerMillion).toBeCloseTo(0.023333, 6);
  });
  it('rejects zero throughput instead of returning Infinity', () => {
    expect(() => joulesPerToken(700, 1.5, 0)).toThrow(RangeError);
  });
});

describe('weekly energy of the Chinese models’ OpenRouter tokens', () => {
  it('61% of 8.7 T tokens at 1.05 J/token', () => {
    // 0.61 x 8.7e12 = 5.307e12 tokens; x 1.05 J = 5.57235e12 J; / 3.6e6 = 1,547,875 kWh = 1,547.875 MWh
    const w = weeklyEnergy(5.307e12, 1.05, 8);
    expect(w.mwh).toBeCloseTo(1547.875, 3);
    // 1,547,875 kWh x $0.08 = $123,830
    expect(w.usd).toBeCloseTo(123_830, 0);
    // 1,547.875 MWh / 168 h = 9.2135 MW on average
    expect(w.averageMw).toBeCloseTo(9.2135, 4);
  });
});

describe('one GPU-hour: depreciation vs electricity', () => {
  it('$27,500 over 4 years of 24/7 use vs 700 W x PUE 1.5 at 8 c/kWh', () => {
    const split = gpuHourSplit(defaultSettings, depreciationAssumption);
    // 27,500 / (4 x 8,760 h) = 27,500 / 35,040 = $0.78482 per hour
    expect(split.depreciationUsd).toBeCloseTo(0.784817, 6);
    // 0.7 kW x 1.5 = 1.05 kWh per hour; x $0.08 = $0.084
    expect(split.kwh).toBeCloseTo(1.05, 12);
    expect(split.electricityUsd).toBeCloseTo(0.084, 12);
    expect(split.totalUsd).toBeCloseTo(0.868817, 6);
    // 0.084 / 0.868817 = 9.67%: depreciation dominates
    expect(split.electricityShare).toBeCloseTo(0.09668, 5);
  });
  it('at the most power-hungry, most expensive settings electricity overtakes depreciation', () => {
    const split = gpuHourSplit({ watts: 1500, pue: 2, centsPerKwh: 30 }, depreciationAssumption);
    // 1.5 kW x 2 = 3 kWh; x $0.30 = $0.90 > $0.785: the figure must be able to show this too
    expect(split.electricityUsd).toBeCloseTo(0.9, 12);
    expect(split.electricityShare).toBeGreaterThan(0.5);
  });
  it('rejects a zero depreciation period', () => {
    expect(() => gpuHourSplit(defaultSettings, { gpuPriceUsd: 1, years: 0, hoursPerYear: 8760 })).toThrow(RangeError);
  });
});

describe('log slider for tokens per second', () => {
  it('maps 0..1000 onto 10..10,000 logarithmically', () => {
    expect(tpsFromSlider(0)).toBe(10);
    expect(tpsFromSlider(1000)).toBe(10_000);
    expect(tpsFromSlider(500)).toBe(316); // 10 x 1000^0.5 = 316.2
    expect(tpsFromSlider(-20)).toBe(10);
    expect(sliderFromTps(1000)).toBe(667); // log(100)/log(1000) = 2/3
    expect(sliderFromTps(10)).toBe(0);
    expect(sliderFromTps(99_999)).toBe(1000);
  });
});

describe('calculator data', () => {
  it('presets stay inside the input ranges and land where the fact sheet says', () => {
    for (const p of presets)
      for (const [k, r] of Object.entries(settingRanges)) {
        const v = p.settings[k as keyof typeof p.settings];
        expect(v, `${p.id}.${k}`).toBeGreaterThanOrEqual(r.min);
        expect(v, `${p.id}.${k}`).toBeLessThanOrEqual(r.max);
      }
    const j = Object.fromEntries(presets.map((p) => [p.id, energyOutputs(p.settings).jPerToken]));
    // 700 x 1.1 / 6000 = 0.128 (GPU-side 700/6000 = 0.117, ML.ENERGY 0.12)
    expect(j['small-batched']).toBeCloseTo(0.128333, 5);
    // 700 x 1.25 / 500 = 1.75, inside 1-4 J/token
    expect(j['large-moe']).toBeCloseTo(1.75, 12);
    // 700 x 1.58 / 60 = 18.43, above 10 J/token
    expect(j['one-at-a-time']).toBeCloseTo(18.4333, 4);
    expect(presets.map((p) => en.energy.presets[p.id].label)).toEqual(['Small model, well batched', 'Large mixture-of-experts model', 'One request at a time']);
  });
  it('every source id used by the energy data exists', () => {
    const ids = [...presets.flatMap((p) => p.sources), ...tokenMeasurements.map((m) => m.source), depreciationAssumption.source];
    for (const id of ids) expect(sourceById.has(id), id).toBe(true);
  });
});

describe('energy scene state', () => {
  it('accepts the two scenes', () => {
    expect(scenes.map((s) => s.id)).toEqual(['energy-calculator', 'energy-gpu-hour']);
    for (const s of scenes) expect(validateEnergyState(s.state)).toEqual([]);
  });
  it('rejects bad states', () => {
    expect(validateEnergyState(null)).toHaveLength(1);
    expect(validateEnergyState({ emphasis: 'pie' })).toHaveLength(1);
    expect(validateEnergyState({ emphasis: 'calculator', w: 700 })).toHaveLength(1);
  });
});

describe('energy strings (src/i18n/en/energy.ts) and the calculator’s numbers from the data', () => {
  const strings = messagesFor('en').energy;
  const f = energyFormats('en');
  const clean = (s: string, what: string) => {
    expect(s, what).not.toMatch(/\{\w+\}|undefined|NaN/);
    expect(s.trim(), what).not.toBe('');
  };
  it('has a reading for each scene and nothing for scenes that do not exist', () => {
    expect(Object.keys(strings.scenes).sort()).toEqual(scenes.map((s) => s.id).sort());
  });
  it('fills every preset’s reasons, the worked example and every hint from src/data/energy.ts', () => {
    expect(Object.keys(strings.presets).sort()).toEqual(presets.map((p) => p.id).sort());
    for (const p of presets) clean(presetWhy(strings, f, p), p.id);
    expect(
      presetWhy(
        strings,
        f,
        presets.find((p) => p.id === 'small-batched')!,
      ),
    ).toMatch(/6,000 tokens a second spends about 0\.12 J/);
    expect(
      presetWhy(
        strings,
        f,
        presets.find((p) => p.id === 'large-moe')!,
      ),
    ).toMatch(/1–4 J per token range.*CN¥0\.36/);
    expect(workedExample(strings, f)).toMatch(/^Worked example: one H100 at its 700 W limit in a building with PUE 1\.5 \(near the 1\.58 industry average\)/);
    for (const k of Object.keys(settingRanges) as (keyof typeof settingRanges)[]) {
      clean(fieldHint(strings, f, k), k);
      clean(valueText(strings, f, k, defaultSettings[k]), k);
    }
    expect(fieldHint(strings, f, 'watts')).toBe('100–1,500. H100 SXM up to 700 W; PCIe 350 W');
    expect(fieldHint(strings, f, 'centsPerKwh')).toBe('1–30. US industrial average 8.06¢; Zhongwei about 5¢');
    expect(valueText(strings, f, 'tokensPerSecond', 10_000)).toBe('10,000 tokens per second');
  });
  it('names every measurement and reference, and builds the table with no gaps', () => {
    for (const m of [...tokenMeasurements, ...queryMeasurements]) expect(strings.measurementSettings, m.id).toHaveProperty(m.id);
    for (const p of pueReferences) clean(pueReferenceName(strings, f, p), p.id);
    for (const p of priceReferences) clean(priceReferenceName(strings, f, p), p.id);
    const out = energyOutputs(defaultSettings);
    const split = gpuHourSplit(defaultSettings, depreciationAssumption);
    const week = weeklyEnergy(5.307e12, out.jPerToken, defaultSettings.centsPerKwh);
    const t = energyTable(strings, f, { settings: defaultSettings, out, split, week });
    for (const r of t.rows) for (const c of t.columns) clean(r[c.key] ?? '', `${r.q}/${c.key}`);
    expect(t.rows.find((r) => r.q === 'Energy per token')!.v).toBe('1.05 J');
    for (const id of ENERGY_SOURCE_IDS) expect(sourceById.has(id), id).toBe(true);
    // The table names the publisher of every reference it lists.
    const cited = [
      ...tokenMeasurements.map((m) => m.source),
      ...queryMeasurements.map((m) => m.source),
      ...pueReferences.map((p) => p.source),
      ...priceReferences.flatMap((p) => p.sources),
      'h100-rental-price',
      'raymond-james-h100-price',
      'h100-market-price-range',
    ];
    for (const id of cited)
      expect(ENERGY_PUBLISHERS.get(id), `${id}: its publisher is in the areas the calculator imports`).toBe(sourceById.get(id)!.publisher);
  });
  it('takes the scales’ ends from the settings the calculator allows', () => {
    // lowest: 100 W x 1 / 10,000 tok/s = 0.01 J; highest: 1,500 W x 2 / 10 tok/s = 300 J
    expect(jPerTokenDomain()).toEqual([0.01, 300]);
    expect(decadeTicks(jPerTokenDomain())).toEqual([0.01, 0.1, 1, 10, 100]);
    // $27,500 / 35,040 h = $0.785 + 3 kWh x $0.30 = $1.685; the rent's $1.90 is higher
    expect(gpuHourMaxUsd(depreciationAssumption, 1.9)).toBeCloseTo(1.9, 12);
    expect(gpuHourMaxUsd(depreciationAssumption, 1)).toBeCloseTo(1.684817, 6);
  });
  it('fills markup parts without cutting the sentence', () => {
    expect(fillParts('Electricity is {share} of it', { share: '10%' })).toEqual([
      { text: 'Electricity is ' },
      { text: '10%', key: 'share' },
      { text: ' of it' },
    ]);
    expect(
      fillParts('{a}{b} and {missing}', { a: 1, b: 2 })
        .map((p) => p.text)
        .join(''),
    ).toBe('12 and {missing}');
  });
});
