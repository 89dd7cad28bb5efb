// The hashrate chart's words in one language: the scenes' view labels and readings (by scene id, from the
// strings), the labels written beside published points, and the crackdown events' dates and texts, every
// number filled in from src/data/hashrate.ts through src/lib/hashrate.ts. Pure.
import { fill } from '../../../i18n/fill';
import type { Messages } from '../../../i18n';
import { hashratePoints, type CrackdownEvent, type PointId } from '../../../data/hashrate';
import { formatDayNoYear } from '../../../lib/dates';
import { PROSE_SHARE_DIGITS, eventDate, formatShare, shareAt, shareValues, type ChartCountry, type LabelNote } from '../../../lib/hashrate';
import { listFormat, numberFormat } from '../../../lib/intl';

export type HashrateStrings = Messages['hashrate'];
type SceneText = { view: string; reading: string };

export interface HashrateText {
  values: Record<string, string>;
  /** A scene's strings; a scene without them shows its id, so the gap is seen (a unit test keeps it from happening). */
  scene(id: string): SceneText;
  /** A share as the chart shows it, with the prose's precision ("75.5%"). */
  share(pct: number, approx?: boolean, upper?: number): string;
  /** A share with its published decimals ("75.53%"), for the data table and the note. */
  exactShare(pct: number, approx?: boolean, upper?: number): string;
  /** The label beside a published point: "China 75.5%", "China avg 65.1%" ("Kaz." on a narrow drawing). */
  pointLabel(point: PointId, country: ChartCountry, narrow: boolean, note?: LabelNote): string;
  eventDate(e: CrackdownEvent): string;
  event(e: CrackdownEvent, kind: 'short' | 'event'): string;
  /** "Kazakhstan, Russia, and Canada" in the page's language. */
  list(names: string[]): string;
}

export function hashrateText(strings: HashrateStrings, lang: string): HashrateText {
  const values = shareValues(lang, strings.approx, strings.partOfMonth, PROSE_SHARE_DIGITS);
  const share = (pct: number, approx = false, upper?: number) => formatShare(pct, lang, approx, upper, strings.approx, PROSE_SHARE_DIGITS);
  const exactShare = (pct: number, approx = false, upper?: number) => formatShare(pct, lang, approx, upper, strings.approx);
  const scenes = strings.scenes as Record<string, SceneText>;
  const listFmt = listFormat(lang, { type: 'conjunction' });
  return {
    values,
    scene: (id) => scenes[id] ?? { view: id, reading: id },
    share,
    exactShare,
    pointLabel(point, country, narrow, note) {
      const v = shareAt(point, country)!;
      const p = hashratePoints.find((q) => q.id === point)!;
      const name = (narrow ? strings.countriesOnNarrowChart : strings.countriesOnChart)[country];
      const label = fill(p.kind === 'average' ? strings.labelAverage : strings.label, { country: name, share: share(v.pct, v.approx, v.upper) });
      return note ? fill(strings.labelNotes[note], { label }) : label;
    },
    eventDate: (e) => eventDate(e, lang, strings.partOfMonth),
    event(e, kind) {
      // Every event has its words in each language (a unit test checks); a missing one shows its id, so it is seen.
      const t = strings.events[e.id]?.[kind] ?? e.id;
      const g = e.figures ?? {};
      return fill(t, {
        count: g.count !== undefined ? numberFormat(lang).format(g.count) : '',
        by: g.by ? formatDayNoYear(g.by, lang) : '',
        ehs: g.ehs !== undefined ? numberFormat(lang, { maximumFractionDigits: 2 }).format(g.ehs) : '',
        share: g.sharePct !== undefined ? share(g.sharePct) : '',
      });
    },
    list: (names) => listFmt.format(names),
  };
}
