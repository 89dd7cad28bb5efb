// The client side of client:near (see near-step.ts). Runs in the browser for each island that uses it.
import type { ClientDirective } from 'astro';

const nearStepDirective: ClientDirective = (load, options) => {
  const figure = typeof options.value === 'string' ? options.value : '';
  const hydrate = async () => (await load())();
  const watch = () => {
    const steps = figure ? [...document.querySelectorAll(`[data-step][data-figure="${CSS.escape(figure)}"]`)] : [];
    if (steps.length === 0) {
      if ('requestIdleCallback' in window) requestIdleCallback(() => void hydrate(), { timeout: 2000 });
      else setTimeout(() => void hydrate(), 200);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void hydrate();
      },
      { rootMargin: '150% 0px' },
    );
    for (const s of steps) io.observe(s);
  };
  // The stage, and so the island, comes before the steps in the page: while the HTML is still being parsed the
  // steps are not there yet, so look for them once it is.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch, { once: true });
  else watch();
};

export default nearStepDirective;
