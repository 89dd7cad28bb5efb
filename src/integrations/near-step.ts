// client:near="<figure id>": hydrate a chart island when one of the steps that show it comes within about a
// screen and a half of the viewport, instead of at page load. With one stage every island is "visible" from the
// start, so client:visible would hydrate all of them at once; this spreads the work along the story. Where the
// page has no step for the figure (an embed), the island hydrates when the browser is idle.
import type { AstroIntegration } from 'astro';

export function nearStep(): AstroIntegration {
  return {
    name: 'tokens-abroad:near-step',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'near', entrypoint: new URL('./near-step-directive.ts', import.meta.url).pathname });
      },
    },
  };
}
