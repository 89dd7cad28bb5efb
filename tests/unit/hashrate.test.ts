import { describe, expect, it } from 'vitest';
import {
  crackdownEvents,
  hashratePoints,
  miningFigures,
  provinceShares,
  smallProvinces,
  wetSeasonSwing,
  type CountryId,
} from '../../src/data/hashrate';
import { sourceById } from '../../src/data/sources';
import {
  averageSpans,
  crackdownMarks,
  formatShare,
  isLater,
  monthIndex,
  monthlyRuns,
  placeLabels,
  timelineScales,
  validateHashrateState,
  yearTicks,
} from '../../src/lib/hashrate';
import { scenes } from '../../src/scenes/charts/hashrate.scenes';
import { sceneById } from '../../src/scenes';
import { textWidth } from '../../src/lib/textWidth';

// The country table of facts.md §4, cell by cell (missing cells are missing, not zero).
const FACTS: Record<string, Partial<Record<CountryId, number>>> = {
  'sep-2019': { china: 75.53, us: 4.1, kazakhstan: 1.4 },
  'avg-sep-2019-apr-2020': { china: 65.08, us: 7.24, kazakhstan: 6.17, russia: 6.9, canada: 0.82, malaysia: 4.33, iran: 3.82 },
  'apr-2021': { china: 46.0, us: 16.8, kazakhstan: 8.2, russia: 6.8, iran: 4.6 },
  'may-2021': { china: 44, us: 17.8, kazakhstan: 7.4, russia: 7.2, canada: 4.7 },
  'jul-2021': { china: 0, russia: 12 },
  'aug-2021': {
    china: 0, us: 35.4, kazakhstan: 18.1, russia: 11.0, canada: 9.55, ireland: 4.68, malaysia: 4.59, germany: 4.48, iran: 3.11, norway: 0.58,
  },
  'sep-2021': { china: 22.3 },
  'jan-2022': { china: 21.11, us: 37.84, kazakhstan: 13.22, russia: 4.66, canada: 6.48, unattributed: 9 },
};

describe('hashrate data (facts.md §4)', () => {
  it('holds exactly the published points, no interpolated months', () => {
    expect(hashratePoints.map((p) => p.id)).toEqual(Object.keys(FACTS));
    const months = hashratePoints.filter((p) => p.kind === 'month').map((p) => p.from);
    expect(months).toEqual(['2019-09', '2021-04', '2021-05', '2021-07', '2021-08', '2021-09', '2022-01']);
    for (const p of hashratePoints) if (p.kind === 'month') expect(p.to).toBe(p.from);
    const avg = hashratePoints.find((p) => p.kind === 'average')!;
    expect([avg.from, avg.to]).toEqual(['2019-09', '2020-04']);
  });

  it('has every value of the table and nothing else', () => {
    for (const p of hashratePoints) {
      const got = Object.fromEntries(Object.entries(p.shares).map(([c, v]) => [c, v!.pct]));
      expect(got, p.id).toEqual(FACTS[p.id]);
    }
  });

  it('keeps missing cells missing (never zero) and marks approximations and disputed values', () => {
    const at = (id: string) => hashratePoints.find((p) => p.id === id)!.shares;
    expect(at('sep-2019').russia).toBeUndefined();
    expect(at('jul-2021').us).toBeUndefined();
    expect(Object.keys(at('sep-2021'))).toEqual(['china']);
    expect(at('may-2021').china!.approx).toBe(true);
    expect(at('jul-2021').russia!.approx).toBe(true);
    expect(at('jan-2022').unattributed!.approx).toBe(true);
    expect(at('aug-2021').russia!.upper).toBe(11.23);
    expect(at('sep-2019').china!.approx).toBeFalsy();
  });

  it('names an existing source for every value', () => {
    for (const p of hashratePoints) for (const v of Object.values(p.shares)) expect(sourceById.has(v!.source), v!.source).toBe(true);
    for (const p of provinceShares) expect(sourceById.has(p.source)).toBe(true);
    for (const e of crackdownEvents) expect(sourceById.has(e.source), e.source).toBe(true);
    expect(sourceById.has(wetSeasonSwing.source)).toBe(true);
    expect(sourceById.has(smallProvinces.source)).toBe(true);
    for (const f of Object.values(miningFigures)) expect(sourceById.has(f.source), f.source).toBe(true);
  });

  it('exports provinceShares in the shape the map imports', () => {
    expect(provinceShares.map((p) => [p.id, p.name, p.sharePct])).toEqual([
      ['xinjiang', 'Xinjiang', 35.76],
      ['sichuan', 'Sichuan', 9.66],
      ['inner-mongolia', 'Inner Mongolia', 8.07],
      ['yunnan', 'Yunnan', 5.42],
      ['beijing', 'Beijing', 1.73],
    ]);
    for (const p of provinceShares) {
      expect(Object.keys(p).sort()).toEqual(['id', 'name', 'period', 'sharePct', 'source']);
      expect(p.period).toMatch(/Sep 2019.*Apr 2020/);
    }
    // Provinces are shares of global hashrate, so together they stay below China's total for the period.
    const sum = provinceShares.reduce((a, p) => a + p.sharePct, 0);
    expect(sum).toBeLessThan(FACTS['avg-sep-2019-apr-2020'].china!);
  });

  it('has the wet-season swing and the crackdown timeline as published', () => {
    expect(wetSeasonSwing.sichuan).toEqual({ startPct: 14.9, peakPct: 61.1 });
    expect(wetSeasonSwing.xinjiang).toEqual({ startPct: 55.1, peakPct: 9.6 });
    const dates = crackdownEvents.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    const council = crackdownEvents.find((e) => e.id === 'state-council')!;
    expect(council.confidence).toBe('date-unverified');
    expect(council.label).toBe('May 2021');
    expect(crackdownEvents.find((e) => e.id === 'ban')!.date).toBe('2021-09-24');
    expect(crackdownEvents.find((e) => e.id === 'sichuan')!.date).toBe('2021-06-18');
  });
});

describe('series building', () => {
  const ids = (runs: ReturnType<typeof monthlyRuns>) => runs.map((r) => r.map((p) => p.point));
  it('joins only consecutive published months', () => {
    expect(ids(monthlyRuns('china'))).toEqual([['sep-2019'], ['apr-2021', 'may-2021'], ['jul-2021', 'aug-2021', 'sep-2021'], ['jan-2022']]);
    expect(ids(monthlyRuns('us'))).toEqual([['sep-2019'], ['apr-2021', 'may-2021'], ['aug-2021'], ['jan-2022']]);
    expect(ids(monthlyRuns('canada'))).toEqual([['may-2021'], ['aug-2021'], ['jan-2022']]);
    for (const c of ['china', 'us', 'kazakhstan', 'russia', 'canada'] as const)
      for (const run of monthlyRuns(c))
        for (let i = 1; i < run.length; i++) {
          const [a, b] = [run[i - 1].date, run[i].date];
          expect((b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()).toBe(1);
        }
  });
  it('keeps the first-release average out of the monthly lines, as a span over its months', () => {
    expect(monthlyRuns('russia').flat().map((p) => p.point)).not.toContain('avg-sep-2019-apr-2020');
    const [span] = averageSpans('china');
    expect(span.pct).toBe(65.08);
    expect(span.from.toISOString().slice(0, 10)).toBe('2019-09-01');
    expect(span.to.toISOString().slice(0, 10)).toBe('2020-04-30');
  });
  it('counts months so that consecutive ones differ by one', () => {
    expect(monthIndex('2021-01') - monthIndex('2020-12')).toBe(1);
    expect(() => monthIndex('2021-1')).toThrow();
  });
});

describe('scales, ticks, labels and formats', () => {
  const frame = { width: 360, height: 330, margin: { top: 26, right: 112, bottom: 22, left: 30 } };
  it('maps 0% to the baseline and 80% to the top, and ticks whole years', () => {
    const { x, y } = timelineScales(frame);
    expect(y(0)).toBe(330 - 22);
    expect(y(80)).toBe(26);
    expect(x.range()).toEqual([30, 360 - 112]);
    expect(yearTicks(x).map((d) => d.getUTCFullYear())).toEqual([2020, 2021, 2022]);
  });
  it('places labels right, flips them left when there is no room, and pushes colliding ones apart', () => {
    const placed = placeLabels(
      [
        { key: 'a', x: 100, y: 200, text: 'China 46%' },
        { key: 'b', x: 104, y: 203, text: 'China ~44%' },
        { key: 'c', x: 340, y: 50, text: 'Kazakhstan 13.22%' },
        { key: 'd', x: 200, y: 100, text: 'China 22.3%', place: 'above' },
      ],
      { right: 358, top: 10, bottom: 300, gap: 13, fontSize: 11.5 },
    );
    const [a, b, c, d] = placed;
    expect(a.anchor).toBe('start');
    expect(a.tx).toBe(106);
    expect(b.ty - a.ty).toBeGreaterThanOrEqual(13);
    expect(c.anchor).toBe('end');
    expect(c.tx).toBe(334);
    expect(d.anchor).toBe('middle');
    expect(d.ty).toBeLessThan(100);
  });
  it('moves a label above its mark left, clear of a beside-label at a later point', () => {
    const [above, beside] = placeLabels(
      [
        { key: 'sep', x: 172, y: 120, text: 'China 22.3%', place: 'above' },
        { key: 'jan', x: 198, y: 106, text: 'China 21.11%' },
      ],
      { right: 320, top: 10, bottom: 300, gap: 13, fontSize: 11.5 },
    );
    expect(beside.anchor).toBe('start');
    const aboveRight = above.tx + textWidth('China 22.3%', 11.5, true) / 2;
    expect(aboveRight).toBeLessThanOrEqual(beside.tx);
    expect(above.tx).toBeLessThan(172);
  });
  it('keeps a pushed group inside the bottom edge', () => {
    const placed = placeLabels(
      [
        { key: 'a', x: 10, y: 295, text: 'US 4.1%' },
        { key: 'b', x: 10, y: 298, text: 'Kazakhstan 1.4%' },
      ],
      { right: 358, top: 10, bottom: 300, gap: 13, fontSize: 11.5 },
    );
    expect(Math.max(...placed.map((p) => p.ty))).toBeLessThanOrEqual(300);
    expect(placed[1].ty - placed[0].ty).toBeGreaterThanOrEqual(13);
  });
  it('stacks crackdown marks that would touch', () => {
    const { x } = timelineScales(frame);
    const marks = crackdownMarks(x, 12);
    expect(marks).toHaveLength(crackdownEvents.length);
    expect(marks.find((m) => m.id === 'yunnan')!.row).toBeGreaterThan(0);
    expect(marks[0].row).toBe(0);
    expect(marks.find((m) => m.id === 'zero')!.x2).toBeGreaterThan(marks.find((m) => m.id === 'zero')!.x);
  });
  it('formats shares with the published decimals, approximations and disputed ranges', () => {
    expect(formatShare(75.53, 'en')).toBe('75.53%');
    expect(formatShare(4.1, 'en')).toBe('4.1%');
    expect(formatShare(44, 'en', true)).toBe('~44%');
    expect(formatShare(11.0, 'en', false, 11.23)).toBe('11–11.23%');
    expect(formatShare(75.53, 'pt')).toBe('75,53%');
  });
});

describe('hashrate scenes and state validation', () => {
  it('defines the four planned scenes, all valid and registered', () => {
    expect(scenes.map((s) => s.id)).toEqual(['hashrate-before', 'hashrate-provinces', 'hashrate-ban', 'hashrate-migration']);
    for (const s of scenes) {
      expect(validateHashrateState(s.state), s.id).toEqual([]);
      expect(sceneById.get(s.id)?.figure).toBe('hashrate');
    }
    expect(scenes.find((s) => s.id === 'hashrate-ban')!.state.crackdown).not.toBe('none');
    expect(scenes.find((s) => s.id === 'hashrate-provinces')!.state.view).toBe('provinces');
  });
  it('rejects malformed states and labels on missing cells', () => {
    expect(validateHashrateState(null)).toEqual(['state is not an object']);
    const good = scenes[0].state;
    const problems = (s: object) => validateHashrateState({ ...good, ...s }).join('\n');
    expect(problems({ view: 'pie' })).toMatch(/view must be/);
    expect(problems({ focus: ['mars'] })).toMatch(/unknown country "mars"/);
    expect(problems({ labels: [{ point: 'sep-2021', country: 'us' }] })).toMatch(/no published value for us at sep-2021/);
    expect(problems({ labels: [{ point: 'jun-2021', country: 'china' }] })).toMatch(/unknown point "jun-2021"/);
    expect(problems({ labels: [{ point: 'sep-2021', country: 'china', place: 'below' }] })).toMatch(/bad place/);
    expect(problems({ crackdown: true })).toMatch(/crackdown must be/);
    expect(problems({ wetSeason: 'yes' })).toMatch(/wetSeason/);
    expect(problems({ extra: 1 })).toMatch(/unknown key "extra"/);
    expect(problems({ until: 'dec-2021' })).toMatch(/until: unknown point/);
  });
  it('fades only the points after `until`', () => {
    expect(isLater('apr-2021', 'avg-sep-2019-apr-2020')).toBe(true);
    expect(isLater('sep-2019', 'avg-sep-2019-apr-2020')).toBe(false);
    expect(isLater('avg-sep-2019-apr-2020', 'avg-sep-2019-apr-2020')).toBe(false);
    expect(isLater('sep-2021', 'aug-2021')).toBe(true);
    expect(isLater('aug-2021', 'aug-2021')).toBe(false);
    expect(isLater('jan-2022', undefined)).toBe(false);
  });
});
