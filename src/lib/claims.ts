// Claim-and-evidence helpers shared by ClaimEvidence.astro and the tests: verdict words (the badge
// says the verdict in text, never by colour alone) and figure tokens in the one-line claim, which
// does not pass through the Markdown pipeline.
import { figures } from './figureRegistry';
import { resolveFigures } from './figures';
import { messagesFor } from '../i18n';

export const VERDICTS = ['holds', 'partly', 'not-supported', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function verdictLabel(v: Verdict, lang = 'en'): string {
  const t = messagesFor(lang).story;
  return { holds: t.verdictHolds, partly: t.verdictPartly, 'not-supported': t.verdictNotSupported, unverified: t.verdictUnverified }[v];
}

/** The claim line with its {{figure}} tokens formatted for the language; throws on an unknown key. */
export function claimBody(text: string, lang = 'en', where = 'a claim'): string {
  return resolveFigures(text, figures, lang, where);
}
