// Plain text of a step for the places that show it without its Markdown: the overview's and the notes window's
// button names and the kit's chapter lists. Pure: Markdown in, a plain sentence out (links keep their text,
// emphasis and code marks go), and a short label cut at a word.

/** The step body as one line of plain text (figure tokens must already be resolved). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first words of a text, at most `max` characters, cut at a word and ended with "…" when cut. */
export function shortLabel(text: string, max = 64): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
