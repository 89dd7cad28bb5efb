// The map's names in Portuguese and Chinese (src/i18n/pt/places.ts, zh/places.ts): every point, cable, line and
// cluster the map can show has a name in each language, none empty, none left in English except the names that
// are the same in that language (listed here), figures in notes kept as the data has them, and the map model
// drawing and listing those names.
import { describe, expect, it } from 'vitest';
import { atlanticCables, pacificCables } from '../../src/data/cables';
import { powerClusters, uhvLines } from '../../src/data/power';
import { messagesFor } from '../../src/i18n';
import { places as pt } from '../../src/i18n/pt/places';
import { places as zh } from '../../src/i18n/zh/places';
import { buildMapModel, describeScene, mapView, sceneRows, type MapText } from '../../src/lib/mapModel';
import { allPoints, type PlaceStrings } from '../../src/lib/mapPlaces';
import { textWidth } from '../../src/lib/textWidth';
import { allScenes } from '../../src/scenes';
import type { MapScene } from '../../src/scenes/types';

/** Names that are written the same in the language as in English (local names, owners' cable names). */
// prettier-ignore
const SAME: Record<'pt' | 'zh', string[]> = {
  pt: [
    'Seattle', 'Bangalore', 'São Paulo', 'Hangzhou · DeepSeek', 'Hangzhou', 'China', 'Zhangjiakou', 'Qingpu', 'Wuhu', 'Shaoguan',
    'Tianfu (Chengdu)', 'Chengdu', 'Chongqing', 'Horinger (Hohhot)', 'Horinger', "Gui'an (Guiyang)", "Gui'an", 'Qingyang', 'Zhongwei',
    'Xinjiang', 'Sichuan', 'Yunnan', 'Qinghai', 'Chongming', 'Nanhui', 'Lingang', 'Qingdao', 'Nedonna B.', 'Pacific City', 'Maruyama',
    'Geoje', 'Busan', 'Tanshui', 'Tanshui, Taiwan', 'Toucheng', 'Toucheng, Taiwan', 'Hillsboro', 'Valentia (Knightstown)', 'Valentia',
    'Foilhommerum', 'Bull Arm', "Heart's Content", 'Changji (Xinjiang)', 'Changji', 'Guquan (Xuancheng, Anhui)', 'Guquan', 'Baihetan',
    'Xiluodu', 'Wudongde', 'Kubuqi', 'Jiuquan', 'Trans-Pacific Express (TPE)', 'New Cross Pacific (NCP)', 'TPE', 'NCP',
  ],
  zh: ['Nedonna B.', 'TPE', 'NCP'],
};
const LOCALES = { pt, zh } as const;
type Lang = keyof typeof LOCALES;

const cables = [...pacificCables, ...atlanticCables];
/** Every name the data gives in English: point names and short names, cables, lines, clusters. */
const englishNames = new Set([
  ...allPoints.flatMap((p) => [p.name, p.short ?? p.name]),
  ...pacificCables.flatMap((c) => [c.name, c.short]),
  ...atlanticCables.map((c) => c.name),
  ...uhvLines.map((u) => u.name),
  ...powerClusters.flatMap((c) => [c.name, c.short]),
]);

/** The numbers written in a text, as numbers (en and zh: 1,000.5; pt: 1.000,5). */
function numbers(text: string, lang: 'en' | Lang): number[] {
  const re = lang === 'pt' ? /\d+(?:\.\d{3})*(?:,\d+)?/g : /\d+(?:,\d{3})*(?:\.\d+)?/g;
  return (text.match(re) ?? []).map((n) => Number(lang === 'pt' ? n.replace(/\./g, '').replace(',', '.') : n.replace(/,/g, '')));
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.keys(LOCALES) as Lang[])('places in %s', (lang) => {
  const t: PlaceStrings = LOCALES[lang];
  const same = new Set(SAME[lang]);
  const translated = (english: string, local: string, what: string) => {
    expect(local.trim(), what).not.toBe('');
    if (local === english) expect(same.has(local), `${what}: "${local}" is the English; list it in SAME if it is right`).toBe(true);
  };

  it('names every point the map can show, and only those', () => {
    expect(Object.keys(t.points).sort()).toEqual(allPoints.map((p) => p.id).sort());
    for (const p of allPoints) {
      const l = t.points[p.id];
      translated(p.name, l.name, `${p.id} name`);
      if (l.short !== undefined) translated(p.short ?? p.name, l.short, `${p.id} short`);
      // A point with a note in the data has it in the language too, with the same figures.
      if (p.note) {
        expect(l.note, `${p.id} note`).toBeTruthy();
        expect(l.note, `${p.id} note`).not.toBe(p.note);
        const en = numbers(p.note, 'en');
        const local = numbers(l.note!, lang);
        for (const n of en) expect(local, `${p.id} note: ${n} in "${l.note}"`).toContain(n);
        // Besides the data's figures only a month or a day may be written as a number (2023年1月).
        for (const n of local) expect(en.includes(n) || (Number.isInteger(n) && n >= 1 && n <= 31), `${p.id} note: ${n} is not in the data`).toBe(true);
      } else expect(l.note, `${p.id} has no note in the data`).toBeUndefined();
      expect(placeholders(l.name + (l.short ?? '') + (l.note ?? '')), p.id).toEqual([]);
    }
  });

  it('names every cable, line and cluster, figures as placeholders filled from the data', () => {
    expect(Object.keys(t.cables).sort()).toEqual(cables.map((c) => c.id).sort());
    for (const c of pacificCables) {
      translated(c.name, t.cables[c.id].name, c.id);
      translated(c.short, t.cables[c.id].short ?? '', `${c.id} short`);
    }
    for (const c of atlanticCables) expect(placeholders(t.cables[c.id].name), c.id).toEqual(['year']);
    expect(Object.keys(t.lines).sort()).toEqual(uhvLines.map((u) => u.id).sort());
    for (const u of uhvLines) {
      expect(placeholders(t.lines[u.id].name), u.id).toEqual(['kv']);
      expect(t.lines[u.id].name, u.id).not.toMatch(/\d/);
    }
    expect(Object.keys(t.clusters).sort()).toEqual(powerClusters.map((c) => c.id).sort());
    for (const c of powerClusters) {
      translated(c.name, t.clusters[c.id].name, c.id);
      translated(c.short, t.clusters[c.id].short, `${c.id} short`);
    }
  });

  it('lists only exceptions it uses', () => {
    const used = new Set([
      ...Object.values(t.points).flatMap((p) => [p.name, p.short ?? '']),
      ...Object.values(t.cables).flatMap((c) => [c.name, c.short ?? '']),
      ...Object.values(t.clusters).flatMap((c) => [c.name, c.short]),
    ]);
    for (const name of same) {
      expect(used.has(name), `${name} is not a ${lang} name`).toBe(true);
      expect(englishNames.has(name), `${name} is not an English name`).toBe(true);
    }
  });

  if (lang === 'zh')
    it('uses Chinese punctuation', () => {
      const texts = [...Object.values(t.points).flatMap((p) => [p.name, p.short ?? '', p.note ?? '']), ...Object.values(t.clusters).map((c) => c.name)];
      // A comma inside a number (1,000) is the number's; brackets, semicolons and commas between words are Chinese.
      for (const s of texts) expect(s, s).not.toMatch(/[();:]|,(?!\d{3})/);
    });
});

describe('the map in Portuguese and Chinese', () => {
  const mapScenes = allScenes.filter((s): s is MapScene => s.figure === 'map');
  const scene = (id: string) => mapScenes.find((s) => s.id === id)!;
  // The map group's words are not at stake here: the English ones, with the language's names and number formats.
  const text = (lang: Lang): MapText => ({ strings: messagesFor('en').map, places: LOCALES[lang], lang });

  it('draws the opening with São Francisco and 旧金山, not San Francisco', () => {
    const s = scene('pacific-request');
    for (const [lang, sf] of [
      ['pt', 'São Francisco'],
      ['zh', '旧金山'],
    ] as const) {
      const labels = buildMapModel(s, mapView(s.camera, 860, 860), text(lang)).labels.map((l) => l.text);
      expect(labels, lang).toContain(sf);
      expect(labels.join('|'), lang).not.toMatch(/San Francisco/);
      expect(describeScene(s, text(lang)), lang).toContain(sf);
      expect(
        sceneRows(s, text(lang)).map((r) => r.name),
        lang,
      ).toContain(sf);
    }
    // Narrow screens take the short name, or the name where the language has no short one.
    const narrow = buildMapModel(s, mapView(s.camera, 375, 667), text('pt')).labels.map((l) => l.text);
    expect(narrow).toContain('S. Francisco');
    expect(narrow.join('|')).not.toMatch(/\bSF\b|San Francisco/);
  });

  it.each(Object.keys(LOCALES) as Lang[])('shows no English name in any scene in %s, except the names that are the same', (lang) => {
    const english = new Set([...englishNames].filter((n) => !SAME[lang].includes(n)));
    for (const s of mapScenes)
      for (const [w, h] of [
        [860, 860],
        [375, 667],
      ]) {
        for (const l of buildMapModel(s, mapView(s.camera, w, h), text(lang)).labels)
          expect(english.has(l.text), `${s.id} ${w}: label "${l.text}"`).toBe(false);
        for (const r of sceneRows(s, text(lang))) expect(english.has(r.name), `${s.id}: row "${r.name}"`).toBe(false);
      }
  });

  it('fills figures in names from the data, in the language', () => {
    const rows = sceneRows(scene('china-uhv'), text('pt')).map((r) => r.name);
    expect(rows).toContain('Linha Changji–Guquan de ±1.100 kV');
    const atlantic = sceneRows(scene('atlantic-1866'), text('zh')).map((r) => r.name);
    expect(atlantic).toContain('1866年大西洋电报电缆');
    expect(atlantic).toContain('1858年大西洋电报电缆');
    // The cables' ready-for-service month, through Intl.
    const pacific = sceneRows(scene('pacific-cables'), text('pt')).find((r) => r.name.includes('TPE'))!;
    expect(pacific.what).toContain(new Intl.DateTimeFormat('pt', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2008, 7, 1)));
  });

  it('measures Chinese labels as Chinese, one em a character', () => {
    const s = scene('china-mining-provinces');
    const labels = buildMapModel(s, mapView(s.camera, 860, 860), text('zh')).labels;
    const inner = labels.find((l) => l.text.startsWith('内蒙古'))!;
    expect(inner).toBeDefined();
    expect(inner.box.x1 - inner.box.x0).toBeGreaterThanOrEqual(textWidth(inner.text, inner.size) - 1);
    expect(inner.box.x1 - inner.box.x0).toBeGreaterThanOrEqual(3 * inner.size);
  });
});
