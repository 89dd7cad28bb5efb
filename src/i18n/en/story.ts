// English UI strings of the story page: title block, stage, Pause control, claim boxes (see src/i18n/index.ts).
export const story = {
  kicker: 'An interactive explainer',
  title: 'Tokens Abroad',
  dek: "How a request from San Francisco ends up burning Chinese electricity, and why the power never leaves China's grid while its value crosses the Pacific, one token at a time.",
  scrollHint: 'Scroll to begin ↓',
  stageCaption: 'Figure, now showing: ',
  pause: 'Pause motion',
  resume: 'Resume motion',
  claimGroup: "Checking the article's claim",
  claimKicker: 'Checking the article',
  claimLabel: 'The claim',
  verdictLabel: 'Verdict: ',
  evidenceLabel: 'What the evidence says',
  /** The disclosure that holds the claim, the evidence and the sources. */
  claimMore: 'The claim, the evidence and the sources',
  sourcesLabel: 'Sources',
  verdictHolds: 'Holds',
  verdictPartly: 'Partly holds',
  verdictNotSupported: 'Not supported',
  verdictUnverified: 'Unverified',
  /** The footer at the end of the story (StoryFooter.astro). */
  footer: {
    byline: 'Tokens Abroad: an independent, open explainer.',
    updated: 'Last updated {date}',
    credits:
      'Data: the Cambridge Centre for Alternative Finance (Bitcoin mining map), OpenRouter (token rankings), NVIDIA, ML.ENERGY, the US Energy ' +
      'Information Administration and the other publishers named on each graphic. Map: Natural Earth, via world-atlas. Built with Astro, Svelte and D3.',
    sources: 'Every number, its source and how it was checked: {link}.',
    sourcesLink: 'Sources & methods',
  },
} as const;
