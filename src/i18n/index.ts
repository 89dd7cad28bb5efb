// UI strings, one typed dictionary per locale (src/i18n/<lang>.ts), grouped by the component that shows them so
// an island receives only its own group as a prop (`strings={messages.hashrate}`). Placeholders are {name}.
// Numbers never go into these strings already formatted: the component formats them with Intl and fills them in.
// Islands (client-side components) import only `fill` from ./fill and get their strings as props: importing
// messagesFor in the browser would ship every language's dictionary.
import { en } from './en';
import { pt } from './pt';
import { zh } from './zh';

/** A dictionary's shape with every string widened: another locale must have exactly these keys. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;

const LOCALES: Record<string, Messages> = { en, pt, zh };

/** The messages for a page language; English for any language that has none yet. */
export function messagesFor(lang: string): Messages {
  return LOCALES[lang] ?? en;
}

export { fill } from './fill';
