// Cached Intl formatters, one per language and options. Making a formatter costs far more than using it (on a phone
// a unit or currency format takes milliseconds to build: ICU loads its data), and the map and the charts format
// while they hydrate, so every number, date and list on the page goes through these.

const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const lists = new Map<string, Intl.ListFormat>();

const keyOf = (lang: string, options: object) => `${lang}|${JSON.stringify(options)}`;

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = keyOf(lang, options);
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f;
}

export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = keyOf(lang, options);
  let f = dates.get(key);
  if (!f) dates.set(key, (f = new Intl.DateTimeFormat(lang, options)));
  return f;
}

export function listFormat(lang: string, options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat {
  const key = keyOf(lang, options);
  let f = lists.get(key);
  if (!f) lists.set(key, (f = new Intl.ListFormat(lang, options)));
  return f;
}
