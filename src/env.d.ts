// Types for the project's own client directive (src/integrations/near-step.ts): client:near="<figure id>".
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:near'?: string;
  }
}
