// The client side of client:embed (see embed-static.ts). Runs in the browser for each island that uses it.
import type { ClientDirective } from 'astro';
import { parseEmbedParams } from '../lib/embedParams';

const embedDirective: ClientDirective = (load) => {
  if (parseEmbedParams(location.search, location.hash, []).static) return;
  void load().then((hydrate) => hydrate());
};

export default embedDirective;
