import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n';
import { mapStrings } from '../../src/i18n/figureStrings';
import { describeScene, sceneLegend, type MapText } from '../../src/lib/mapModel';
import { allScenes } from '../../src/scenes';
import type { MapScene } from '../../src/scenes/types';

const journeyScenes = allScenes.filter((s): s is MapScene => s.figure === 'map' && Boolean((s as MapScene).journey));

describe('the opening journey note', () => {
  it('is a scene of the story', () => expect(journeyScenes.length).toBeGreaterThan(0));

  for (const lang of ['en', 'pt', 'zh']) {
    it(`comes filled from the server in ${lang}, and reads as the dictionary filled in the browser would`, () => {
      const served = mapStrings(lang, journeyScenes);
      expect(served.strings.journey).not.toContain('{');
      expect(served.strings.journey).toMatch(/\d/);
      const raw: MapText = { strings: messagesFor(lang).map, places: served.places, lang };
      const filled: MapText = { strings: served.strings, places: served.places, lang };
      for (const scene of journeyScenes) expect(sceneLegend(scene, filled).notes).toEqual(sceneLegend(scene, raw).notes);
    });
  }
});

describe("the map's served descriptions", () => {
  const mapScenes = allScenes.filter((s): s is MapScene => s.figure === 'map');
  for (const lang of ['en', 'pt', 'zh']) {
    it(`give every map scene, and only those, its text alternative in ${lang}`, () => {
      const served = mapStrings(lang, allScenes);
      expect(Object.keys(served.descriptions).sort()).toEqual(mapScenes.map((s) => s.id).sort());
      const text: MapText = { strings: served.strings, places: served.places, lang };
      for (const s of mapScenes) {
        expect(served.descriptions[s.id], s.id).toBe(describeScene(s, text));
        expect(served.descriptions[s.id].length, s.id).toBeGreaterThan(20);
      }
    });
  }
});
