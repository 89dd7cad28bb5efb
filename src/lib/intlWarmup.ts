// The first formatter of each kind a page makes costs far more than the ones after it: ICU loads the language's
// number, date-interval and list data (a range of months took about 54 ms at 4x CPU in a chart's hydration).
// The story page makes one of each while the main thread is idle, so that cost leaves the charts' hydration.
import { formatDayRange, formatMonthRange } from './dates';
import { listFormat, numberFormat } from './intl';

/** One formatter of each kind the figures use, each made and used once. */
export const WARM_UPS: readonly ((lang: string) => string)[] = [
  (lang) => numberFormat(lang).format(1234.5),
  (lang) => numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(0.5),
  (lang) => listFormat(lang).format(['a', 'b', 'c']),
  (lang) => formatMonthRange('2019-09', '2020-04', lang),
  (lang) => formatDayRange('2026-02-09', '2026-02-15', lang),
];

type Idle = (run: () => void) => void;
const whenIdle: Idle = (run) => (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200));

/** Runs each warm-up in an idle moment of its own (one long task would defeat the point). */
export function warmIntl(lang: string, idle: Idle = whenIdle): void {
  const next = (i: number) => {
    if (i >= WARM_UPS.length) return;
    idle(() => {
      WARM_UPS[i](lang);
      next(i + 1);
    });
  };
  next(0);
}
