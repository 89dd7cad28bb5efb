// Sources for the token chapter: OpenRouter's public rankings, how they count, and the reported weeks of
// February 2026. Confidence follows facts.md §6 ("secondary" where only news summaries were seen).
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'openrouter-rankings-methodology',
    title: 'OpenRouter rankings methodology and rankings-daily API documentation',
    publisher: 'OpenRouter',
    url: 'https://openrouter.ai/docs',
    confidence: 'verified',
    note:
      'Ranks models by prompt + completion tokens (reasoning included) routed through OpenRouter. Private requests excluded; days in UTC; ' +
      'BYOK tokens capped at 2x non-BYOK per day. Not a measure of users, spend or quality. Each provider counts with its own tokenizer.',
  },
  {
    id: 'openrouter-data-api',
    title: 'OpenRouter Data API: rankings-daily and daily exports',
    publisher: 'OpenRouter',
    url: 'https://openrouter.ai/rankings',
    confidence: 'verified',
    note: 'Data licensed CC BY 4.0. Suggested attribution: "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}".',
  },
  {
    id: 'openrouter-week-feb-2026-reported',
    title: 'OpenRouter top 10 for the week reported around 24 Feb 2026: ~8.7 T tokens, 61% to Chinese models, MiniMax M2.5 2.45 T (+197% w/w)',
    publisher: 'WorkOS, Futu and CryptoBriefing (reporting OpenRouter data)',
    via: 'nhimg.org for WorkOS; agentifact for Futu',
    date: '~24 Feb 2026',
    confidence: 'secondary',
    note: 'The OpenRouter rankings page for that week was not seen; the figures come from news coverage.',
  },
  {
    id: 'openrouter-week-ranking-article',
    title: 'Order of the leading models that week (MiniMax M2.5, then Kimi K2.5 and GLM-5), as given by the article',
    publisher: 'Black Lobster / TechFlow article "Token going abroad"',
    date: 'Feb 2026',
    confidence: 'from-article',
    note: 'Another late-Feb weekly snapshot (greenint.net) put Gemini 3 Flash and DeepSeek V3.2 ahead of Kimi K2.5 and GLM-5, so the week and definition matter.',
  },
  {
    id: 'openrouter-feb-2026-crossover-weeks',
    title: 'Chinese vs US models on OpenRouter, weeks of 9-15 and 16-22 Feb 2026',
    publisher: 'chinaaidaily.com; greenint.net; wpnews.pro (reporting OpenRouter data)',
    date: 'Feb 2026',
    confidence: 'secondary',
    note: 'Counts all Chinese vs all US models, not only the top 10, so they are not comparable with the ~8.7 T top-10 figure.',
  },
  {
    id: 'openrouter-late-feb-snapshot',
    title: 'A late-Feb 2026 weekly snapshot: M2.5 ~1.7 T, Gemini 3 Flash ~997 B, DeepSeek V3.2 ~798 B, Kimi K2.5 and GLM-5 each >600 B',
    publisher: 'greenint.net (reporting OpenRouter data)',
    date: 'Feb 2026',
    confidence: 'secondary',
  },
  {
    id: 'openrouter-sample-caveats',
    title: 'Why OpenRouter is a self-selected sample (direct vendor use, privacy routing, free promotions)',
    publisher: 'Forum commentary: asia.aguea.com and lemmy',
    confidence: 'unverified',
  },
  {
    id: 'openrouter-provider-routing',
    title: 'Provider routing: each model can be served by several providers; by default requests are load-balanced across them, prioritising price',
    publisher: 'OpenRouter (documentation)',
    url: 'https://openrouter.ai/docs/features/provider-routing',
    confidence: 'verified',
    note:
      'Developers can order, allow or ignore providers per request; business plans can keep requests inside the EU or the US. ' +
      "OpenRouter publishes token counts per model, not per provider or per country, so the share of a Chinese model's tokens computed in China is not public.",
  },
  {
    id: 'minimax-openrouter-hosts',
    title: 'Hosts offered on OpenRouter for MiniMax models besides MiniMax: Fireworks, NovitaAI, Google Vertex AI, AtlasCloud and Together',
    publisher: 'hermes-agent open-source project (commit c4cc0f3, a routing fix for minimax models on OpenRouter)',
    via: 'a mirror of the repository at git.cosmolan.fr',
    date: 'Apr 2026',
    confidence: 'secondary',
    note: "A developer's commit message, not an OpenRouter page: it lists the providers the project routes MiniMax models to. It shows that non-Chinese hosts serve these models; it gives no share of traffic.",
  },
];
