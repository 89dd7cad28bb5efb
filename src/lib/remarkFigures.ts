// The Markdown plugin that turns {{figure-key}} tokens in content into formatted numbers at build time.
// Astro 7 renders Markdown with Sätteri, whose plugins are objects with one visitor per mdast node type
// (the unified/remark pipeline is no longer installed), so this is an mdast plugin in Sätteri's shape;
// it is registered in astro.config.mjs under markdown.processor. The page language comes from the
// file path (content/<lang>/...). An unknown key throws, which fails the build and names the file.
import { langFromPath, resolveFigures, TOKEN_RE, type FigureRegistry } from './figures';

/** The slice of Sätteri's visitor context this plugin needs (kept structural so tests can call it directly). */
export interface FigureVisitorContext {
  readonly fileURL: URL | undefined;
}

export interface TextNode {
  readonly type: 'text';
  readonly value: string;
}

export interface FiguresPlugin {
  name: string;
  text: (node: Readonly<TextNode>, ctx: FigureVisitorContext) => TextNode | undefined;
}

function pathOf(ctx: FigureVisitorContext): string | undefined {
  if (!ctx.fileURL) return undefined;
  // Only the /content/<lang>/ part of the path matters, so the decoded URL path is enough (no node:url).
  return decodeURIComponent(ctx.fileURL.pathname);
}

/**
 * Creates the plugin for a registry. `fallbackLang` is used when a file is not under content/<lang>/.
 * Returning a node from the text visitor replaces it; returning undefined leaves text without tokens alone.
 */
export function remarkFigures(registry: FigureRegistry, fallbackLang = 'en'): FiguresPlugin {
  return {
    name: 'tokens-abroad-figures',
    text(node, ctx) {
      TOKEN_RE.lastIndex = 0;
      if (!TOKEN_RE.test(node.value)) return undefined;
      TOKEN_RE.lastIndex = 0;
      const path = pathOf(ctx);
      const lang = path ? langFromPath(path) : fallbackLang;
      return { type: 'text', value: resolveFigures(node.value, registry, lang, path ?? 'a Markdown file') };
    },
  };
}
