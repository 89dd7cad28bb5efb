// fill() for markup: splits a message with {placeholders} into text and value parts, so a component can set a
// filled-in value in bold (or in a <span data-output>) without cutting the sentence into pieces a translator
// cannot reorder. Same placeholder rule as fill() in src/i18n: a placeholder without a value stays visible.
//
//   {#each fillParts(t.verdict, { share }) as p}{#if p.key}<strong>{p.text}</strong>{:else}{p.text}{/if}{/each}

export interface Part {
  text: string;
  /** The placeholder's name when this part is a filled-in value. */
  key?: string;
}

export function fillParts(template: string, values: Record<string, string | number>): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1];
    if (!(name in values)) continue;
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ text: String(values[name]), key: name });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** The names of the {placeholders} in a message (for tests that check every one gets a value). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
