// The oEmbed JSON of one embed page (a static file beside it), built from the page's step, language and the site's URL.
import { oembedFor } from '../../lib/embedSnippets';
import { fill, messagesFor } from '../../i18n';
import { localeHref } from '../../lib/locales';
import { EMBED_HEIGHT, IMAGE, type EmbedFigure, type EmbedStep } from './loadEmbeds';

export function oembedResponse(site: URL | undefined, lang: string, figure: EmbedFigure, step: EmbedStep, embedUrl: string): Response {
  const origin = site ?? new URL('https://tokens-abroad.example');
  const abs = (p: string) => new URL(p, origin).href;
  const t = messagesFor(lang);
  const title = fill(t.embed.pageTitle, { figure: figure.id === 'map' ? `${figure.name}: ${step.title}` : figure.name });
  const body = oembedFor({
    url: abs(embedUrl),
    title,
    width: 660,
    height: EMBED_HEIGHT[figure.id],
    providerName: t.site.name,
    providerUrl: abs(localeHref(import.meta.env.BASE_URL, lang)),
    thumbnail: { url: abs(step.urls.png), width: IMAGE.width, height: IMAGE.height },
  });
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
