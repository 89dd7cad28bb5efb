// Types for the project's own client directives: client:near="<figure id>" (src/integrations/near-step.ts) and
// client:embed (src/integrations/embed-static.ts).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:near'?: string;
    'client:embed'?: boolean;
  }
}
