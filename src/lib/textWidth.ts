// The one text-width estimate for SVG labels (placement, collision, wrapping), so every figure measures text
// the same way and Chinese is measured as Chinese: a CJK character is one em wide and a line may break between
// any two of them (there are no spaces to wrap on). Calibrated on DejaVu Sans (a wide fallback for system-ui)
// measured in Chromium, so real fonts come out the same width or narrower.

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

const emOf = new Map<string, number>();

/** Width of one character in em (remembered per character: labels are measured many times while they are placed). */
function charEm(ch: string): number {
  let em = emOf.get(ch);
  if (em === undefined) emOf.set(ch, (em = classify(ch)));
  return em;
}

function classify(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (/[ilIj.,'’:;!|· ]/.test(ch)) return 0.32;
  if (/[WM%]/.test(ch)) return 0.95;
  if (/[mw]/.test(ch)) return 0.92;
  if (/[A-Z]/.test(ch)) return 0.72;
  return 0.62;
}

/** Estimated rendered width in px of `text` at `size` px; +2 px for a label's halo. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.12 : 1) + 2;
}

/** Splits text into lines no wider than `maxWidth` px at `size` px: at spaces, and between CJK characters. */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  // Tokens: words (with their trailing space) and single CJK characters, so either can end a line.
  const tokens = text.match(new RegExp(`${CJK.source}|[^\\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\\s*|\\s+`, 'g')) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line && textWidth(next.trimEnd(), size, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
