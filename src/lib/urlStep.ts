// Which step a URL asks for: `?step=<id>` first, then `#<id>`. Pure and defensive: the value comes from
// whoever wrote the link, so anything that is not a known step id (a typo, markup, an over-long string, a
// malformed %-escape) is ignored and the caller keeps its default.

const MAX_ID = 100;

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export function stepFromUrl(search: string, hash: string, isKnown: (id: string) => boolean): string | null {
  const candidates: (string | null)[] = [new URLSearchParams(search).get('step')];
  if (hash.startsWith('#')) candidates.push(decode(hash.slice(1)));
  for (const c of candidates) {
    if (c && c.length <= MAX_ID && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(c) && isKnown(c)) return c;
  }
  return null;
}
