import { describe, expect, it } from 'vitest';
import { crackdownEvents, hashratePoints, miningFigures, provinceShares, smallProvinces, wetSeasonSwing, type CountryId } from '../../src/data/hashrate';
import { sourceById } from '../../src/data/sources';
import {
  LAST_POINT,
  SHARE_MAX,
  TIME_DOMAIN,
  averageSpans,
  crackdownMarks,
  crackdownSpan,
  provincesLayout,
  fitProvincesLayout,
  shareValues,
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
import { fill, messagesFor } from '../../src/i18n';
import { placeholders } from '../../src/lib/fillParts';
import { hashrateText } from '../../src/components/charts/hashrate/text';
import { hashrateTables, HASHRATE_SOURCE_IDS } from '../../src/components/charts/hashrate/hashrateTables';

// The country table of facts.md §4, cell by cell (missing cells are missing, not zero).
const FACTS: Record<string, Partial<Record<CountryId, number>>> = {
  'sep-2019': { china: 75.53, us: 4.1, kazakhstan: 1.4 },
  'avg-sep-2019-apr-2020': { china: 65.08, us: 7.24, kazakhstan: 6.17, russia: 6.9, canada: 0.82, malaysia: 4.33, iran: 3.82 },
  'apr-2021': { china: 46.0, us: 16.8, kazakhstan: 8.2, russia: 6.8, iran: 4.6 },
  'may-2021': { china: 44, us: 17.8, kazakhstan: 7.4, russia: 7.2, canada: 4.7 },
  'jul-2021': { china: 0, russia: 12 },
  'aug-2021': {
    china: 0,
    us: 35.4,
    kazakhstan: 18.1,
    russia: 11.0,
    canada: 9.55,
    ireland: 4.68,
    malaysia: 4.59,
    germany: 4.48,
    iran: 3.11,
    norway: 0.58,
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
      expect(Object.keys(p).sort()).toEqual(['id', 'name', 'point', 'sharePct', 'source']);
      // The period is the first release's average, stored as data (its months), never as English words.
      expect(p.point).toBe('avg-sep-2019-apr-2020');
      expect(hashratePoints.find((q) => q.id === p.point)).toMatchObject({ kind: 'average', from: '2019-09', to: '2020-04' });
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
    expect(council).toMatchObject({ date: '2021-05-15', precision: 'month' });
    // Dates are data (ISO day and precision), never words: each language writes them (src/lib/dates.ts).
    for (const e of crackdownEvents) expect(Object.keys(e)).not.toContain('label');
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
    expect(
      monthlyRuns('russia')
        .flat()
        .map((p) => p.point),
    ).not.toContain('avg-sep-2019-apr-2020');
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
  it('moves a label beside its mark past a line drawn across it, and keeps a long one inside the left edge', () => {
    // The dashed US average runs from x 40 to 120 at y 280; the US label would sit on it.
    const [us, long] = placeLabels(
      [
        { key: 'us', x: 40, y: 281, text: 'US 4.1%' },
        { key: 'cn', x: 250, y: 40, text: 'China 75.5%, the highest published' },
      ],
      { left: 30, right: 300, top: 10, bottom: 300, gap: 15, fontSize: 11.5, avoid: [{ left: 40, right: 120, top: 278.5, bottom: 281.5 }] },
    );
    expect(us.anchor).toBe('start');
    expect(us.tx).toBeGreaterThan(120);
    expect(long.anchor).toBe('start');
    expect(long.tx).toBeGreaterThanOrEqual(30);
    expect(long.tx + textWidth(long.text, 11.5, true)).toBeLessThanOrEqual(300);
  });
  it('steps a label caught between two obstacles just below the one it would sit on, beside its mark', () => {
    // Its own line ends at the mark (x 205); a crackdown number sits 9 px right of it; moving right of the
    // number would run past the right edge, and left of it would land back on the line.
    const line = { left: 200, right: 205, top: 70, bottom: 80 };
    const number = { left: 214, right: 224, top: 70, bottom: 81 };
    const [l] = placeLabels([{ key: 'a', x: 205, y: 78.6, text: 'China ~44%' }], {
      left: 30,
      right: 300,
      top: 26,
      bottom: 200,
      gap: 15,
      fontSize: 11.5,
      avoid: [line, number],
    });
    expect(l.anchor).toBe('start');
    expect(l.tx).toBe(211);
    expect(l.ty - 11.5 * 0.45 - 3).toBeGreaterThanOrEqual(number.bottom);
    expect(l.ty - 78.6).toBeLessThan(14);
  });
  it('does not step a label onto another label', () => {
    const number = { left: 214, right: 224, top: 70, bottom: 81 };
    const placed = placeLabels(
      [
        { key: 'a', x: 205, y: 78.6, text: 'China ~44%' },
        { key: 'b', x: 205, y: 92, text: 'US 20%' },
      ],
      { left: 30, right: 300, top: 26, bottom: 200, gap: 15, fontSize: 11.5, avoid: [{ left: 200, right: 205, top: 70, bottom: 80 }, number] },
    );
    expect(Math.abs(placed[0].ty - placed[1].ty)).toBeGreaterThanOrEqual(15);
  });
  it('leaves a label where it is when no obstacle is near it', () => {
    const [a] = placeLabels([{ key: 'a', x: 40, y: 200, text: 'US 4.1%' }], {
      right: 300,
      top: 10,
      bottom: 300,
      gap: 15,
      fontSize: 11.5,
      avoid: [{ left: 40, right: 120, top: 278.5, bottom: 281.5 }],
    });
    expect(a.tx).toBe(46);
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
    expect(formatShare(75.53, 'en', false, undefined, undefined, 1)).toBe('75.5%');
    expect(formatShare(11.0, 'en', false, 11.23, undefined, 1)).toBe('11–11.2%');
    expect(formatShare(44, 'en', true, undefined, undefined, 1)).toBe('~44%');
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
    expect(problems({ labels: [{ point: 'sep-2021', country: 'china', note: 'record' }] })).toMatch(/unknown note "record"/);
    expect(problems({ labels: [{ point: 'sep-2021', country: 'china', note: 'rebound', place: 'left' }] })).toBe('');
  });
  it('annotates the story on the drawing: the peak, the exodus and the covert rebound, each where it happens', () => {
    const notes = scenes.flatMap((s) => s.state.labels.filter((l) => l.note).map((l) => `${s.id}:${l.point}:${l.country}:${l.note}`));
    expect(notes).toEqual(['hashrate-before:sep-2019:china:peak', 'hashrate-ban:aug-2021:china:exodus', 'hashrate-migration:sep-2021:china:rebound']);
    // 'peak' is written where China's published share is highest, so the word is true.
    const max = Math.max(...hashratePoints.map((p) => p.shares.china?.pct ?? -1));
    expect(hashratePoints.find((p) => p.id === 'sep-2019')!.shares.china!.pct).toBe(max);
  });
  it("places a 'left' label left of its mark even when there is room on the right", () => {
    const [l] = placeLabels([{ key: 'a', x: 100, y: 50, text: 'China 46%', place: 'left' }], { right: 358, top: 10, bottom: 300, gap: 13, fontSize: 11.5 });
    expect(l.anchor).toBe('end');
    expect(l.tx).toBe(94);
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

describe('hashrate strings (src/i18n/en/hashrate.ts): every scene, id and placeholder has its text', () => {
  const strings = messagesFor('en').hashrate;
  const text = hashrateText(strings, 'en');
  const clean = (s: string, what: string, mayBeEmpty = false) => {
    expect(s, what).not.toMatch(/\{\w+\}|undefined|NaN/);
    if (!mayBeEmpty) expect(s.trim(), what).not.toBe('');
  };
  // Intl sets ranges with thin spaces around the dash.
  const plain = (s: string) => s.replace(/\u2009/g, ' ');
  it('has a view label and a reading for each scene, and none for scenes that do not exist', () => {
    expect(Object.keys(strings.scenes).sort()).toEqual(scenes.map((s) => s.id).sort());
    for (const s of scenes) {
      const t = text.scene(s.id);
      for (const p of [...placeholders(t.view), ...placeholders(t.reading)]) expect(text.values, `${s.id}: {${p}}`).toHaveProperty(p);
      clean(fill(t.view, text.values), s.id);
      clean(fill(t.reading, text.values), s.id);
    }
    expect(scenes.map((s) => fill(text.scene(s.id).view, text.values))).toEqual(['2019', 'Provinces', '2021 ban', 'After']);
  });
  it('fills the readings with the published values at the prose’s precision (one decimal), formatted by Intl', () => {
    expect(fill(text.scene('hashrate-before').reading, text.values)).toBe(
      'In September 2019 China had 75.5% of the world’s Bitcoin hashrate; the US had 4.1% and Kazakhstan 1.4%.',
    );
    expect(plain(text.values.period_avg_sep_2019_apr_2020)).toBe('Sep 2019 – Apr 2020');
    expect(text.values.china_may_2021).toBe('~44%');
    expect(text.values.russia_aug_2021).toBe('11–11.2%');
    expect(text.values.event_inner_mongolia).toBe('early Mar 2021');
    expect(text.values.event_yunnan).toBe('mid-Jun 2021');
    expect(plain(text.values.event_zero)).toBe('Jul – Aug 2021');
    expect(text.values.event_state_council).toBe('May 2021');
    const pt = shareValues('pt-BR', '~{value}', strings.partOfMonth, 1);
    expect(pt.china_sep_2019).toBe('75,5%');
    expect(shareValues('en', '~{value}', strings.partOfMonth).china_sep_2019, 'the published decimals by default').toBe('75.53%');
    expect(pt.month_sep_2019).toMatch(/setembro de 2019/);
  });
  it('names every country, province and crackdown event of the data, and fills each event’s figures', () => {
    for (const p of hashratePoints) for (const c of Object.keys(p.shares)) expect(strings.countries).toHaveProperty(c);
    for (const id of [...provinceShares.map((p) => p.id), ...smallProvinces.ids]) expect(strings.provinces, id).toHaveProperty(id);
    expect(smallProvinces.ids).toHaveLength(smallProvinces.names.length);
    expect(Object.keys(strings.events).sort()).toEqual(crackdownEvents.map((e) => e.id).sort());
    for (const e of crackdownEvents) for (const k of ['short', 'event'] as const) clean(text.event(e, k), `${e.id}.${k}`);
    expect(
      text.event(
        crackdownEvents.find((e) => e.id === 'sichuan')!,
        'event',
      ),
    ).toBe('Sichuan orders 26 suspected mining projects shut by Jun 20');
  });
  it('labels every scene’s points and builds the tables with no gaps', () => {
    for (const s of scenes) for (const l of s.state.labels) for (const narrow of [true, false]) clean(text.pointLabel(l.point, l.country, narrow), l.point);
    expect(text.pointLabel('avg-sep-2019-apr-2020', 'china', false)).toBe('China avg 65.1%');
    expect(text.pointLabel('jan-2022', 'kazakhstan', true)).toBe('Kaz. 13.2%');
    expect(text.exactShare(13.22), 'the table keeps the published decimals').toBe('13.22%');
    const tables = hashrateTables(strings, text, 'en');
    expect(tables).toHaveLength(4);
    for (const t of tables) {
      clean(t.caption, t.caption);
      for (const r of t.rows) for (const c of t.columns) clean(r[c.key] ?? '', `${t.caption}/${c.key}`, c.key === 'other');
    }
    expect(tables[0].rows.map((r) => plain(r.point))).toEqual([
      'Sep 2019',
      'Sep 2019 – Apr 2020',
      'Apr 2021',
      'May 2021',
      'Jul 2021',
      'Aug 2021',
      'Sep 2021',
      'Jan 2022',
    ]);
    for (const id of HASHRATE_SOURCE_IDS) expect(sourceById.has(id), id).toBe(true);
  });
});

describe('frames from the data and the provinces layout', () => {
  it('spans the published months and rounds the share axis up to a tick', () => {
    expect(TIME_DOMAIN.map((d) => d.toISOString().slice(0, 10))).toEqual(['2019-08-01', '2022-02-15']);
    expect(SHARE_MAX).toBe(80);
    expect(LAST_POINT).toBe('jan-2022');
    const span = crackdownSpan();
    expect([span.from.toISOString().slice(0, 10), span.to.toISOString().slice(0, 10)]).toEqual(['2021-03-01', '2021-09-24']);
  });
  it('fits the provinces view in the boxes phones and the wide frame give it', () => {
    const names = ['All China', 'Xinjiang', 'Sichuan', 'Inner Mongolia', 'Yunnan', 'Beijing'];
    const titles = { bars: 'Share of global hashrate, Sep 2019 – Apr 2020 average', wet: '2020 wet season: share of China’s hashrate: ○ start → ● peak' };
    // 320x568, 375x812, 412x823 phones (body widths and the heights their aspect gives), and the wide frame.
    for (const [width, height] of [
      [294, 226],
      [349, 349],
      [386, 364],
      [720, 470],
    ]) {
      const p = provincesLayout({ width, height, margin: { top: 0, right: 0, bottom: 0, left: 0 } }, titles, { names, chinaTotal: 65.08 });
      expect(p.height, `${width}x${height}`).toBeLessThanOrEqual(height);
      expect(p.rowH).toBeGreaterThanOrEqual(15);
      expect(p.dumbY[0] - p.rowSize - 8, 'first dumbbell’s values clear the title').toBeGreaterThan(p.wetTitleY + (p.wetTitle.length - 1) * p.lineH);
      expect(p.barScale(65.08) + p.nameW).toBeLessThan(width);
    }
  });
  it('fits the provinces view into the 320x568 phone’s box with the tight layout: short title, no tick row', () => {
    const names = ['All China', 'Xinjiang', 'Sichuan', 'Inner Mongolia', 'Yunnan', 'Beijing'];
    const titles = {
      bars: 'Share of global hashrate, Sep 2019 – Apr 2020 average',
      wet: '2020 wet season, share of China’s hashrate: ○ at its start → ● at its height (Sichuan up, Xinjiang down)',
      wetShort: '2020 wet season, share of China’s hashrate: ○ start → ● height',
    };
    // The drawing's box there (--chart-box 68svh, less the title, the buttons, the legend and the notes button).
    const f = { width: 294, height: 199, margin: { top: 0, right: 0, bottom: 0, left: 0 } };
    expect(provincesLayout(f, titles, { names, chinaTotal: 65.08 }).height, 'the full layout does not fit').toBeGreaterThan(199);
    const p = fitProvincesLayout(f, titles, { names, chinaTotal: 65.08 });
    expect(p.height).toBeLessThanOrEqual(199);
    expect(p.tickY).toBeNull();
    expect(p.rowSize).toBeGreaterThanOrEqual(10);
    // A box with room keeps the full layout.
    expect(fitProvincesLayout({ ...f, width: 349, height: 349 }, titles, { names, chinaTotal: 65.08 }).tickY).not.toBeNull();
  });
  it('reports states that ask for what the view does not draw', () => {
    const prov = scenes.find((s) => s.id === 'hashrate-provinces')!.state;
    const tl = scenes[0].state;
    const problems = (s: object) => validateHashrateState(s).join('\n');
    expect(problems({ ...tl, wetSeason: true })).toMatch(/only the provinces view/);
    expect(problems({ ...prov, crackdown: 'marks' })).toMatch(/no timeline to mark/);
    expect(problems({ ...prov, until: 'sep-2019' })).toMatch(/only the timeline/);
    expect(problems({ ...prov, labels: [{ point: 'sep-2019', country: 'china' }] })).toMatch(/no timeline to label/);
    expect(problems({ ...tl, focus: ['china', 'china'] })).toMatch(/listed twice/);
    expect(problems({ ...tl, labels: [{ point: 'sep-2019', country: 'china', colour: 'red' }] })).toMatch(/unknown key "colour"/);
    expect(problems({ ...tl, labels: [...tl.labels, tl.labels[0]] })).toMatch(/labelled twice/);
    expect(validateHashrateState([])).toEqual(['state is not an object']);
  });
});
