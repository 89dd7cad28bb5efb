// Fills a dictionary string's {name} placeholders. On its own, so client code can use it without importing the
// dictionaries (src/i18n/index.ts holds every language's).

/** Fills {name} placeholders; a placeholder without a value is left visible, so a missing value is seen, not hidden. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
