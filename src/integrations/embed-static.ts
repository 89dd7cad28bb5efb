// client:embed: how an embed page's figure hydrates. Right away, like client:load (the figure is the page),
// except when the URL asks for the static image (static=1): then the island never loads its script, so the
// static embed is the server HTML and an <img>, with no figure code at all.
import type { AstroIntegration } from 'astro';

export function embedStatic(): AstroIntegration {
  return {
    name: 'tokens-abroad:embed-static',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'embed', entrypoint: new URL('./embed-static-directive.ts', import.meta.url).pathname });
      },
    },
  };
}
