// Sources for src/data/energy.ts: H100 power and price, PUE references, published energy-per-token and
// per-query measurements, and the two assumptions the energy calculator states openly (fact sheet, section 5).
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'h100-sxm-tdp',
    title: 'NVIDIA H100 SXM5: thermal design power up to 700 W (configurable)',
    publisher: 'Specification notes at hawkvelt.id.au, gpu.blog and realworldtech',
    confidence: 'verified',
  },
  {
    id: 'nvidia-h100-pcie-brief',
    title: 'NVIDIA H100 PCIe GPU product brief (PB-11133-001): 350 W',
    publisher: 'NVIDIA (via manuals.plus)',
    confidence: 'verified',
  },
  {
    id: 'raymond-james-h100-price',
    title: 'Raymond James estimate: an H100 costs about $3,320 to build and $25,000–30,000 to buy',
    publisher: "TechSpot and Barron's (Tae Kim); also cited in an Epoch AI notebook",
    date: 'Aug 2023',
    confidence: 'verified',
  },
  {
    id: 'h100-market-price-range',
    title: 'H100 market prices: about $25,000–40,000 per GPU',
    publisher: 'aiwiki.ai; stratrix',
    confidence: 'verified',
  },
  {
    id: 'h100-rental-price',
    title: 'H100 rental on GPU marketplaces from about $1.80–1.90 per GPU-hour',
    publisher: 'gpu.blog; a LessWrong comment',
    confidence: 'secondary',
    note: 'Marketplace prices move quickly; this is a snapshot, not a list price.',
  },
  {
    id: 'uptime-pue-2023',
    title: 'Uptime Institute global data-centre survey: average PUE 1.58 in 2023',
    publisher: 'Uptime Intelligence',
    date: 'Nov 2023',
    confidence: 'verified',
    note: 'Flat at about 1.55–1.59 since around 2020.',
  },
  {
    id: 'google-fleet-pue',
    title: "Google data-centre fleet PUE of about 1.1",
    publisher: 'Secondary reports',
    confidence: 'secondary',
  },
  {
    id: 'china-daily-pue-2020',
    title: 'Average PUE of Chinese data centres about 1.8 around 2020',
    publisher: 'China Daily',
    date: '2020',
    confidence: 'verified',
  },
  {
    id: 'zhongwei-pue',
    title: 'Zhongwei (Ningxia) data-centre cluster: PUE about 1.1',
    publisher: 'Chinese press reports on the Zhongwei cluster',
    confidence: 'secondary',
    note: 'The fact sheet records ~1.1 as checked, but the specific article was not recorded.',
  },
  {
    id: 'ml-energy-leaderboard-v3',
    title: 'ML.ENERGY Leaderboard v3.0: Llama 3.1 8B on one H100 (vLLM, batch 64) at 0.12 J per token',
    publisher: 'ML.ENERGY (University of Michigan)',
    date: 'Dec 2025',
    url: 'https://arxiv.org/abs/2601.22076',
    confidence: 'verified',
    note: 'Version 2.0 (Sep 2024) measured 0.20 J per token for the same setting. GPU energy only.',
  },
  {
    id: 'samsi-words-to-watts-2023',
    title: 'Samsi et al., "From Words to Watts": LLaMA-65B on V100/A100 at about 3–4 J per output token',
    publisher: 'IEEE HPEC 2023 (summary at app.argminai.com)',
    date: '2023',
    confidence: 'verified',
    note: 'Unoptimised multi-GPU inference; not comparable to modern batched serving.',
  },
  {
    id: 'google-gemini-prompt-energy-2025',
    title: 'Median Gemini Apps text prompt: 0.24 Wh (full serving stack)',
    publisher: 'Google (technical report, via particle.news, itpro and yourstory)',
    date: 'Aug 2025',
    confidence: 'verified',
    note: 'Token count per prompt not disclosed, so it cannot be converted to joules per token.',
  },
  {
    id: 'epoch-gpt4o-query-2025',
    title: 'Epoch AI estimate: about 0.3 Wh for a typical GPT-4o query (H100 assumed)',
    publisher: 'Epoch AI',
    date: 'Feb 2025',
    confidence: 'verified',
    note: 'An estimate, not a measurement; much higher for long inputs (~2.5 Wh at 10k input tokens).',
  },
  {
    id: 'openai-chatgpt-query-energy',
    title: 'OpenAI (Sam Altman, informal): an average ChatGPT query uses about 0.34 Wh',
    publisher: 'OpenAI, reported by particle.news',
    date: '2025',
    confidence: 'secondary',
    note: 'Informal statement without method or token count.',
  },
  {
    id: 'energy-per-token-formula',
    title: 'Energy per token = GPU power × PUE ÷ tokens per second; 1 kWh per million tokens = 3.6 J per token',
    publisher: 'Tokens Abroad (our arithmetic)',
    confidence: 'derived',
  },
  {
    id: 'gpu-depreciation-assumption',
    title: 'Assumption: an H100 bought for $27,500 is written off over 4 years of round-the-clock use',
    publisher: 'Tokens Abroad (our assumption)',
    confidence: 'derived',
    note:
      '$27,500 is the middle of the Raymond James $25,000–30,000 estimate; the 4-year life and 24/7 use are our assumptions, ' +
      'and the server, network and building around the GPU are not counted.',
  },
];
