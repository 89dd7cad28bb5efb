// What a journalist pastes: a plain iframe, a pym.js snippet and a @newswire/frames snippet for one embed URL,
// plus the oEmbed object for it. Pure; every value that goes into markup is escaped here.
//
//   iframeSnippet({ url, title, height })   pymSnippet({ url, title })   framesSnippet({ url, title })
//   oembedFor({ url, title, width, height, provider, thumbnail })

/** Escapes text for an HTML attribute value or text content. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The script addresses of the two parent libraries, as their projects publish them. */
const PYM_SCRIPT = 'https://pym.nprapps.org/pym.v1.min.js';
const FRAMES_SCRIPT = 'https://unpkg.com/@newswire/frames@1.0.0/dist/frames.umd.js';

export interface SnippetInput {
  url: string;
  title: string;
  /** A fixed height for the plain iframe (it cannot resize itself). */
  height?: number;
}

export function iframeSnippet({ url, title, height = 600 }: SnippetInput): string {
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

export function pymSnippet({ url, title }: SnippetInput): string {
  return `<div data-pym-src="${escapeHtml(url)}" data-pym-title="${escapeHtml(title)}"></div>\n<script src="${PYM_SCRIPT}"></script>`;
}

export function framesSnippet({ url, title }: SnippetInput): string {
  return (
    `<div data-frame-src="${escapeHtml(url)}" data-frame-attribute-title="${escapeHtml(title)}"></div>\n` +
    `<script src="${FRAMES_SCRIPT}"></script>\n<script>newswireFrames.autoInitFrames();</script>`
  );
}

export interface OembedInput {
  url: string;
  title: string;
  width: number;
  height: number;
  providerName: string;
  providerUrl: string;
  thumbnail: { url: string; width: number; height: number };
}

export interface Oembed {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export function oembedFor(i: OembedInput): Oembed {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: i.providerName,
    provider_url: i.providerUrl,
    title: i.title,
    html: `<iframe src="${escapeHtml(i.url)}" title="${escapeHtml(i.title)}" width="${i.width}" height="${i.height}" frameborder="0" scrolling="no"></iframe>`,
    width: i.width,
    height: i.height,
    thumbnail_url: i.thumbnail.url,
    thumbnail_width: i.thumbnail.width,
    thumbnail_height: i.thumbnail.height,
  };
}
