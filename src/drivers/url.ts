// The URL driver: `?step=<id>` or `#<id>` choose the active step when the page opens. On a scrolling page
// (`scrollTo` given) it brings the step into view, and the scroll driver takes over from there; on a page
// without scrolling (an embed) it sets the step itself. Unknown or hostile values are ignored.
import { stepFromUrl } from '../lib/urlStep';
import { isKnownStep, setActiveStep } from '../lib/stepStore';

export function startUrlDriver(options: { scrollTo?: (stepId: string) => void } = {}): string | null {
  const id = stepFromUrl(location.search, location.hash, isKnownStep);
  if (!id) return null;
  // A #hash is scrolled to by the browser already; only ?step= needs a scroll.
  const fromQuery = new URLSearchParams(location.search).get('step') === id;
  if (fromQuery && options.scrollTo) options.scrollTo(id);
  setActiveStep(id);
  return id;
}
