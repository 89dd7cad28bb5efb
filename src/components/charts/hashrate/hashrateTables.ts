// The hashrate chart's data tables: every published share by point (a dash where CBECI published none for that
// country), the provinces' shares, the wet-season swing and the dated crackdown, each row with its source id.
// Pure: strings and data in, DataTable specs out.
import { fill } from '../../../i18n/fill';
import { crackdownEvents, hashratePoints, provinceShares, smallProvinces, wetSeasonSwing, type CountryId } from '../../../data/hashrate';
import { CHART_COUNTRIES, crackdownSpan, pointPeriod } from '../../../lib/hashrate';
import type { DataTableSpec } from '../shared/DataTable.svelte';
import type { HashrateStrings, HashrateText } from './text';
import { numberFormat } from '../../../lib/intl';

export function hashrateTables(strings: HashrateStrings, text: HashrateText, lang: string): DataTableSpec[] {
  const t = strings.table;
  const year = (y: number) => numberFormat(lang, { useGrouping: false }).format(y);
  const shares: DataTableSpec = {
    caption: fill(t.sharesCaption, { missing: t.missing }),
    columns: [
      { key: 'point', label: t.point },
      ...CHART_COUNTRIES.map((c) => ({ key: c, label: strings.countries[c], numeric: true })),
      { key: 'other', label: t.others },
      { key: 'source', label: t.sourceId },
    ],
    rows: hashratePoints.map((p) => {
      const r: Record<string, string> = { point: pointPeriod(p, lang), source: [...new Set(Object.values(p.shares).map((s) => s!.source))].join(', ') };
      for (const c of CHART_COUNTRIES) {
        const s = p.shares[c];
        r[c] = s ? text.exactShare(s.pct, s.approx, s.upper) : t.missing;
      }
      r.other = (Object.keys(p.shares) as CountryId[])
        .filter((c) => !(CHART_COUNTRIES as readonly string[]).includes(c))
        .map((c) => fill(t.otherShare, { country: strings.countries[c], share: text.exactShare(p.shares[c]!.pct, p.shares[c]!.approx) }))
        .join('; ');
      return r;
    }),
  };
  const average = hashratePoints.find((p) => p.kind === 'average')!;
  const provinces: DataTableSpec = {
    caption: fill(t.provincesCaption, { period: pointPeriod(average, lang) }),
    columns: [
      { key: 'name', label: t.province },
      { key: 'pct', label: t.share, numeric: true },
      { key: 'source', label: t.sourceId },
    ],
    rows: [
      ...provinceShares.map((p) => ({ name: strings.provinces[p.id] ?? p.name, pct: text.exactShare(p.sharePct), source: p.source })),
      {
        name: text.list(smallProvinces.ids.map((id, i) => strings.provinces[id] ?? smallProvinces.names[i])),
        pct: fill(t.eachBelow, { pct: text.exactShare(smallProvinces.belowPct) }),
        source: smallProvinces.source,
      },
    ],
  };
  const wet: DataTableSpec = {
    caption: fill(t.wetCaption, { year: year(wetSeasonSwing.year) }),
    columns: [
      { key: 'name', label: t.province },
      { key: 'start', label: t.wetStart, numeric: true },
      { key: 'peak', label: t.wetPeak, numeric: true },
      { key: 'source', label: t.sourceId },
    ],
    rows: (['sichuan', 'xinjiang'] as const).map((k) => ({
      name: strings.provinces[k] ?? k,
      start: text.exactShare(wetSeasonSwing[k].startPct),
      peak: text.exactShare(wetSeasonSwing[k].peakPct),
      source: wetSeasonSwing.source,
    })),
  };
  const events: DataTableSpec = {
    caption: fill(t.eventsCaption, { year: year(crackdownSpan().from.getUTCFullYear()) }),
    columns: [
      { key: 'date', label: t.date },
      { key: 'event', label: t.event },
      { key: 'confidence', label: t.confidence },
      { key: 'source', label: t.sourceId },
    ],
    rows: crackdownEvents.map((e) => ({
      date: text.eventDate(e),
      event: text.event(e, 'event'),
      confidence: e.confidence === 'verified' ? t.verified : t.dateUnverified,
      source: e.source,
    })),
  };
  return [shares, provinces, wet, events];
}

/** Every source id the chart draws on, once each (the source line's data-sources). */
export const HASHRATE_SOURCE_IDS = [
  ...new Set([
    'cbeci-methodology',
    ...hashratePoints.flatMap((p) => Object.values(p.shares).map((s) => s!.source)),
    ...provinceShares.map((p) => p.source),
    smallProvinces.source,
    wetSeasonSwing.source,
    ...crackdownEvents.map((e) => e.source),
  ]),
];
