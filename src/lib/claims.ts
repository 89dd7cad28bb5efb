// Claim-and-evidence helpers shared by ClaimEvidence.astro and the tests: verdict words (the badge
// says the verdict in text, never by colour alone) and figure tokens in the one-line claim, which
// does not pass through the Markdown pipeline.
import { figures } from '../data/figures';
import { resolveFigures } from './figures';

export const VERDICTS = ['holds', 'partly', 'not-supported', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

const LABELS: Record<string, Record<Verdict, string>> = {
  en: { holds: 'Holds', partly: 'Partly holds', 'not-supported': 'Not supported', unverified: 'Unverified' },
};

export function verdictLabel(v: Verdict, lang = 'en'): string {
  return (LABELS[lang] ?? LABELS.en)[v];
}

/** The claim line with its {{figure}} tokens formatted for the language; throws on an unknown key. */
export function claimBody(text: string, lang = 'en', where = 'a claim'): string {
  return resolveFigures(text, figures, lang, where);
}
