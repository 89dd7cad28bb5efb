// What a reader sees of src/data comes through the dictionary or Intl: the data keeps ids, numbers, dates (ISO, with
// their precision) and sources, and the English message groups name every id the pages show.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { crackdownEvents, hashratePoints, provinceShares, cbeciCaveat } from '../../src/data/hashrate';
import { crossoverWeeks, rankingCaveats, reportedWeek } from '../../src/data/openrouter';
import { presets, priceReferences, pueReferences, queryMeasurements, tokenMeasurements } from '../../src/data/energy';
import { powerPrices } from '../../src/data/electricity';
import { pacificRoutes } from '../../src/data/latency';
import { models } from '../../src/data/models';

const keysOf = (list: readonly object[]) => new Set(list.flatMap((o) => Object.keys(o)));

describe('src/data keeps no reader-facing words where the dictionary has them', () => {
  it('stores dates and periods as data, not English labels', () => {
    for (const k of ['label', 'period']) {
      expect(keysOf(hashratePoints).has(k), `hashratePoints.${k}`).toBe(false);
      expect(keysOf(crackdownEvents).has(k), `crackdownEvents.${k}`).toBe(false);
      expect(keysOf(crossoverWeeks).has(k), `crossoverWeeks.${k}`).toBe(false);
      expect(keysOf(provinceShares).has(k), `provinceShares.${k}`).toBe(false);
    }
    expect('label' in reportedWeek).toBe(false);
    expect(reportedWeek.reportedAround).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const e of crackdownEvents) expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps words out of the events, caveats, presets, references, measurements and prices', () => {
    expect(keysOf(crackdownEvents).has('event') || keysOf(crackdownEvents).has('short')).toBe(false);
    expect(keysOf(rankingCaveats).has('text')).toBe(false);
    expect('text' in cbeciCaveat).toBe(false);
    expect(keysOf(presets).has('label') || keysOf(presets).has('why')).toBe(false);
    expect(keysOf(pueReferences).has('label') || keysOf(priceReferences).has('label')).toBe(false);
    expect(keysOf(tokenMeasurements).has('setting') || keysOf(queryMeasurements).has('setting')).toBe(false);
    expect(keysOf(powerPrices).has('label')).toBe(false);
  });

  it('has English words for every id the pages show', () => {
    for (const e of crackdownEvents) expect(en.hashrate.events[e.id], e.id).toBeTruthy();
    for (const c of rankingCaveats) expect((en.sources.methodsOpenRouterCaveats as Record<string, string>)[c.id], c.id).toBeTruthy();
    for (const p of presets) expect(en.energy.presets[p.id].label).toBeTruthy();
    for (const p of pueReferences) expect(en.energy.pueReferences[p.id], p.id).toBeTruthy();
    for (const p of priceReferences) expect(en.energy.priceReferences[p.id], p.id).toBeTruthy();
    for (const m of [...tokenMeasurements, ...queryMeasurements]) {
      expect(en.energy.measurementNames[m.id], m.id).toBeTruthy();
      expect(en.energy.measurementSettings[m.id], m.id).toBeTruthy();
    }
    for (const p of powerPrices) expect(p.place ? en.powerPrice.places[p.place] : (en.powerPrice.rows as Record<string, string>)[p.id], p.id).toBeTruthy();
    for (const r of pacificRoutes) expect(en.latency.table.cables[r.id], r.id).toBeTruthy();
    for (const l of reportedWeek.leaders) expect(en.tokenShare.makers[l.makerId], l.makerId).toBe(l.maker);
    for (const m of models) for (const t of m.prices) if (t.label && m.id !== 'deepseek-v3') expect(en.priceGap.tiers[t.id], `${m.id}/${t.id}`).toBe(t.label);
  });
});
