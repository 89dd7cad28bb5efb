// The article this explainer starts from. Its claims are checked against the evidence on the site:
// where they differ, the story says what the evidence supports and a claim box shows both.
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'article-token-going-abroad',
    title: '"Token going abroad: selling China\'s electricity to the world"',
    publisher: 'Black Lobster / TechFlow',
    date: 'Feb 2026',
    confidence: 'from-article',
    note:
      'The starting point of this explainer, not evidence for its figures. Its headline numbers (electricity "40% cheaper", prices "17 times" lower, ' +
      'inference "36 times" cheaper, the date of the credential ban, the 80.8% SWE-bench score) are each checked against other sources on this site.',
  },
  {
    id: 'space-race-framing',
    title: 'Framing: the AI race described in the language of Sputnik and Apollo',
    publisher: 'Black Lobster / TechFlow article (framing only)',
    date: 'Feb 2026',
    confidence: 'from-article',
    note: 'A comparison, not a measurement: no figure on this site depends on it.',
  },
];
