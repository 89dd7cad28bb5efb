// English UI strings of the energy group (see src/i18n/index.ts): the energy-per-token calculator.
// Numbers are never written here: every {placeholder} is filled with a value from src/data, formatted by Intl.
import type { PresetId } from '../../data/energy';

export const energy = {
  title: 'How much electricity is in a token?',
  /** The one-line reading under the title, by scene id. */
  scenes: {
    'energy-calculator': {
      reading: 'Energy per token = GPU power × PUE ÷ tokens per second. Change the settings to see the energy and the electricity bill.',
    },
    'energy-gpu-hour': {
      reading: 'One GPU-hour is the chip wearing out plus the electricity it draws. Change the settings to see which costs more.',
    },
  },
  /** Shown in the server HTML until the calculator has loaded (and for good if its code never does). */
  fixedView: 'Fixed view: the worked example. The settings work once the calculator has loaded.',

  /** The results' labels carry the units, so a value never wraps (and the row never changes height). */
  outputs: {
    jPerToken: 'Energy per token (J)',
    kwhPerMillion: 'Per million tokens (kWh)',
    usdPerMillion: 'Electricity cost per million tokens',
  },
  /** The one polite announcement after the reader stops changing a setting. */
  announce: 'Energy per token {j} J; per million tokens {kwh} kWh and {usd} in electricity.',

  settingsLabel: 'Calculator settings',
  /** The GPU-hour step (and, on phones, the calculator step) opens on its answer alone; this shows the rest, and back. */
  openFull: 'Open the full calculator',
  closeFull: 'Back to the summary',
  formula: '{watts} W × {pue} ÷ {tps} tokens/s = {result}',
  formulaResult: '{j} J per token',
  presetsLabel: 'Presets',
  presets: {
    'small-batched': {
      label: 'Small model, well batched',
      why:
        'An H100 at {watts} W producing {tps} tokens a second spends about {gpuJ} J per token on the GPU, what ML.ENERGY measured ' +
        'for Llama 3.1 8B at batch 64 ({measured} J). PUE {pue} is a hyperscale building (Google reports about {googlePue}).',
    },
    'large-moe': {
      label: 'Large mixture-of-experts model',
      why:
        'A large model with modest batching lands in the {range} J per token range the fact sheet gives for it: {tps} tokens a ' +
        'second per GPU here. PUE {pue} is the ceiling set for eastern Chinese computing hubs; {cents} cents per kWh is about ' +
        'the Zhongwei data-centre tariff ({yuan}).',
    },
    'one-at-a-time': {
      label: 'One request at a time',
      why:
        'Serving one request at a time (batch 1) leaves most of the GPU idle but still drawing power: {tps} tokens a second gives ' +
        'about {j} J per token. PUE {pue} is the industry average from the Uptime survey. We keep the {watts} W upper limit; ' +
        'a GPU at batch 1 draws less, so this is the high side.',
    },
  } satisfies Record<PresetId, { label: string; why: string }>,
  workedExample:
    'Worked example: one H100 at its {watts} W limit in a building with PUE {pue} (near the {pueAverage} industry average), ' +
    '{tps} tokens a second, {cents} cents per kWh (about the US industrial average).',
  ownSettings: 'Your own settings.',

  fields: {
    watts: { label: 'GPU power (W)', hint: 'H100 SXM up to {sxm} W; PCIe {pcie} W', valueText: '{value} W' },
    pue: { label: 'PUE', hint: 'Building overhead: {none} = none; industry average {average}', valueText: '{value}' },
    tokensPerSecond: { label: 'Tokens per second per GPU', hint: 'Batching many requests raises this', valueText: '{value} tokens per second' },
    centsPerKwh: {
      label: 'Electricity price (US cents per kWh)',
      hint: 'US industrial average {us}¢; Zhongwei about {zhongwei}¢',
      valueText: '{value} US cents per kWh',
    },
  },
  /** Before each field's hint: its allowed range. */
  fieldRange: '{range}.',
  slider: '{label}, slider',
  sliderLog: '{label}, slider (logarithmic)',

  copy: 'Copy link',
  copied: 'Link copied. It opens the calculator with these settings.',
  copyBlocked: 'Copying was blocked by the browser; copy the link below.',
  copyFallback: 'Link to these settings',

  scale: {
    heading: 'Your setting beside published measurements',
    aria: 'Log scale of joules per token. Your setting: {j} J. {measurements}',
    ariaMeasurement: '{label}: {value} J ({setting}).',
    you: 'Your setting {j} J',
    value: '{value} J',
    approx: '~{value}',
    note: 'Joules per token, log scale: each step is ten times more.',
  },
  queries: {
    heading: 'Per typical query (token counts not published, so not comparable per token):',
    value: '{value} Wh',
  },
  /** Who made each published measurement, by measurement id (src/data/energy.ts); names as their makers write them. */
  measurementNames: {
    'ml-energy': 'ML.ENERGY v3.0',
    samsi: 'Samsi et al. 2023',
    google: 'Google',
    epoch: 'Epoch AI',
    openai: 'OpenAI',
  } as Record<string, string>,
  /** The settings behind each published measurement, by measurement id (src/data/energy.ts). */
  measurementSettings: {
    'ml-energy': 'Llama 3.1 8B on one H100, batch 64 (GPU energy)',
    samsi: 'LLaMA-65B on V100/A100, unoptimised',
    google: 'median Gemini Apps text prompt, 2025',
    epoch: 'typical GPT-4o query, estimate, 2025',
    openai: 'average ChatGPT query, informal, 2025',
  } as Record<string, string>,

  gpu: {
    heading: 'One GPU-hour: the chip or the power?',
    aria: 'One GPU-hour: hardware depreciation {dep}, electricity {elec}, {share} of the total. Renting an H100 costs {rent} an hour.',
    rent: 'rent',
    depreciation: 'Hardware depreciation {usd}',
    depreciationNote:
      'assumption, an H100 bought for {price} (middle of the Raymond James estimate of {range}) and used round the clock for ' +
      '{years} years. The server and building around it are not counted.',
    electricity: 'Electricity {usd}',
    electricityNote: '{watts} W × {pue} = {kwh} kWh at {cents}¢.',
    rental: 'Renting a whole H100-hour on a marketplace: {range}.',
    verdictChip: 'Electricity is {share} of this GPU-hour: the chip costs more than its power.',
    verdictPower: 'Electricity is {share} of this GPU-hour: at these settings the power costs more than the chip.',
  },
  week: {
    heading: 'One week of Chinese models on OpenRouter',
    /** Which week: the day the sources report it around, written by Intl. */
    when: 'Week reported around {date}',
    body:
      'Chinese models took {share} of about {total} tokens in OpenRouter’s top 10 that week: about {chinese} tokens. ' +
      'At your setting that is {energy} in the week, a steady {mw} MW, costing about {usd} in electricity.',
    energy: '{value} MWh',
    caveat:
      'The count mixes prompt tokens, which a model reads in bulk, with the tokens it writes; the calculator treats them alike, ' +
      'so read this as an order of magnitude.',
  },

  sourceLabel: 'Source:',
  source:
    'H100 specifications and prices (NVIDIA, Raymond James via TechSpot/Barron’s, marketplaces); PUE from the Uptime Institute, ' +
    'Google and China Daily; measurements by ML.ENERGY, Samsi et al., Google, Epoch AI and OpenAI; OpenRouter rankings as reported ' +
    'by WorkOS and Futu; EIA and China Daily tariffs. Calculations and the depreciation period are ours.',
  allSources: 'All sources',

  table: {
    summary: 'Data table',
    caption: 'Energy calculator: settings, results and reference values',
    quantity: 'Quantity',
    value: 'Value',
    source: 'Source',
    input: 'Input',
    ours: 'Our arithmetic',
    reported: 'OpenRouter, as reported; our arithmetic',
    depreciationSource: 'Assumption: {price} over {years} years, 24/7',
    rows: {
      watts: 'GPU power (your setting)',
      pue: 'PUE (your setting)',
      tokensPerSecond: 'Tokens per second per GPU (your setting)',
      centsPerKwh: 'Electricity price (your setting)',
      jPerToken: 'Energy per token',
      kwhPerMillion: 'Energy per million tokens',
      usdPerMillion: 'Electricity cost per million tokens',
      weekTokens: 'Chinese models’ tokens, OpenRouter top 10, one week',
      weekEnergy: 'Their energy at your setting',
      weekCost: 'Their electricity cost at your setting',
      gpuDepreciation: 'GPU-hour: hardware depreciation',
      gpuElectricity: 'GPU-hour: electricity',
      rental: 'H100 rental, per GPU-hour',
      price: 'H100 price (Raymond James)',
      marketPrice: 'H100 market price range',
      measurement: '{label}: {setting}',
      pue_reference: 'PUE: {label}',
      price_reference: 'Price: {label}',
    },
    values: {
      watts: '{value} W',
      centsPerKwh: '{value} US cents per kWh',
      joules: '{value} J',
      kwh: '{value} kWh',
      weekTokens: '{tokens} ({share} of about {total})',
      weekEnergy: '{mwh} MWh a week (average {mw} MW)',
      weekCost: '{usd} a week',
      gpuElectricity: '{usd} ({kwh} kWh)',
      jPerToken: '{value} J per token',
      whPerQuery: '{value} Wh per query',
      about: 'about {value}',
    },
  },
  /** Names of the reference points, by id (src/data/energy.ts pueReferences and priceReferences). */
  pueReferences: {
    google: 'Google fleet',
    zhongwei: 'Zhongwei, Ningxia',
    uptime: 'Industry average (Uptime survey), {year}',
    'china-2020': 'China, national average, {year}',
  } as Record<string, string>,
  priceReferences: {
    'us-industrial': 'US industrial average, {year}',
    zhongwei: 'Zhongwei data-centre tariff ({yuan} at about {rate} per US$)',
  } as Record<string, string>,
} as const;
