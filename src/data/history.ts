// Numbers about the 1858 and 1866 Atlantic cables that belong to no chart or map module: ships' cable
// loads, lengths, the 1857 break, the voltage that killed the 1858 cable, the 1866 tariff.
// Values are stored as the source gives them (nautical or statute miles, fathoms, dollars, pounds);
// src/lib/figureRegistry.ts formats them for the text. Sources: src/data/sources/history.ts.
// The telegraph timing facts (words, hours, ship days, words per minute) are in src/data/latency.ts.

export interface HistoryFact {
  value: number | readonly [number, number];
  unit: string;
  /** True when the source gives the figure as an approximation or estimate. */
  approx: boolean;
  source: string;
  note?: string;
}

export const cable1858 = {
  /** Cable aboard each of Niagara and Agamemnon for the 1858 lay. */
  cableAboardEachShipNm: { value: 1100, unit: 'nautical miles', approx: true, source: 'sciam-atlantic-cable-aug-1858' },
  cableAboardEachShipMi: { value: 1500, unit: 'statute miles', approx: true, source: 'sciam-atlantic-cable-aug-1858' },
  /** Cable manufactured for the 1857 and 1858 attempts. */
  cableMadeMi: { value: 2500, unit: 'statute miles', approx: false, source: 'chambers-atlantic-telegraph' },
  copperStrands: { value: 7, unit: 'copper wires', approx: false, source: 'chambers-atlantic-telegraph' },
  armourStrands: { value: 18, unit: 'strands of iron wire', approx: false, source: 'chambers-atlantic-telegraph' },
  weightTonsPerMile: { value: 1, unit: 'ton per mile', approx: true, source: 'chambers-atlantic-telegraph' },
  /** Field's distance between the two telegraph houses. */
  routeNm: { value: 1698, unit: 'nautical miles', approx: false, source: 'field-dispatch-aug-1858' },
  routeMi: { value: 1950, unit: 'statute miles', approx: false, source: 'field-dispatch-aug-1858' },
  /** Share of the route deeper than two miles ("more than two-thirds"). */
  deepShare: { value: 2 / 3, unit: 'of the route', approx: false, source: 'field-dispatch-aug-1858', note: 'more than' },
  deepMiles: { value: 2, unit: 'miles deep', approx: false, source: 'field-dispatch-aug-1858' },
  /** The 1857 attempt broke after this much cable, in about 2,000 fathoms of water. */
  break1857Mi: { value: 380, unit: 'statute miles', approx: true, source: 'sciam-atlantic-cable-aug-1858' },
  break1857Fathoms: { value: 2000, unit: 'fathoms', approx: true, source: 'sciam-atlantic-cable-aug-1858' },
  /** Whitehouse's induction coils, an estimate. */
  whitehouseVolts: { value: 2000, unit: 'volts', approx: true, source: 'whitehouse-high-voltage' },
  /** Messages passed before failure: the two counts conflict. */
  messagesLow: { value: 400, unit: 'messages', approx: false, source: 'messages-before-failure-1858' },
  messagesHigh: { value: 732, unit: 'messages', approx: false, source: 'messages-before-failure-1858' },
  /** Guns fired in the New York salute. */
  saluteGuns: { value: 100, unit: 'guns', approx: false, source: 'celebrations-1858' },
  /** "About three weeks" of working life (history.com); "a month of fitful service" (Hunt). */
  workedWeeks: { value: 3, unit: 'weeks', approx: true, source: 'history-com-1858-cable' },
} as const satisfies Record<string, HistoryFact>;

export const cable1866 = {
  runNm: { value: 1669, unit: 'nautical miles', approx: false, source: 'great-eastern-1866' },
  paidOutNm: { value: 1864, unit: 'nautical miles', approx: false, source: 'great-eastern-1866' },
  priceUsdPerWord: { value: 10, unit: 'US dollars per word', approx: false, source: 'cable-tariff-1866' },
  minimumWords: { value: 10, unit: 'words', approx: false, source: 'cable-tariff-1866' },
  priceGbpPerWord: { value: 1, unit: 'pound per word', approx: false, source: 'cable-tariff-1866' },
  /** Working cables once the lost 1865 cable was recovered and completed. */
  workingCables: { value: 2, unit: 'cables', approx: false, source: 'cable-1865-recovered' },
} as const satisfies Record<string, HistoryFact>;

/**
 * Figures the story cites that no chart or map module stores: context for the mining and token
 * chapters. Sources: src/data/sources/history.ts. (The article's own numbers live beside the
 * evidence they are checked against: src/data/models.ts and src/data/electricity.ts.)
 */
export const contextFacts = {
  /** Global hashrate fell this much in June 2021, roughly China's pre-ban share (CCAF via GoBankingRates). */
  hashrateJune2021DropPct: { value: 38, unit: '%', approx: false, source: 'hashrate-june-2021-drop' },
  /** Wet-season hydropower price paid by miners in Sichuan, as low as this (yuan per kWh). */
  wetSeasonHydroCnyPerKwh: { value: 0.08, unit: 'yuan per kWh', approx: true, source: 'wet-season-hydro-price' },
  /** Models listed on OpenRouter ("400+"). */
  openrouterModelsAtLeast: { value: 400, unit: 'models', approx: false, source: 'openrouter-model-count', note: 'more than' },
  /** Chinese open-weight models' share of OpenRouter's weekly tokens in late 2024 ("<1.2%"). */
  chineseShareLate2024Pct: { value: 1.2, unit: '%', approx: false, source: 'openrouter-chinese-share-late-2024', note: 'less than' },
  /** Suspected mining projects Sichuan ordered shut on 18 Jun 2021 (by 20 Jun). */
  sichuanProjectsShut: { value: 26, unit: 'projects', approx: false, source: 'sichuan-mining-shutdown-2021' },
  /** National computing hub nodes of "East Data, West Computing" (the ten clusters are in places.ts). */
  edwcHubNodes: { value: 8, unit: 'hub nodes', approx: false, source: 'east-data-west-computing-2022' },
  /** National data-centre clusters of "East Data, West Computing", as the announcement counts them. */
  edwcClusters: { value: 10, unit: 'clusters', approx: false, source: 'east-data-west-computing-2022' },
  /** OpenAI's rule of thumb for English text: 100 tokens make about 75 words. */
  tokensSample: { value: 100, unit: 'tokens', approx: false, source: 'openai-tokens-rule-of-thumb' },
  wordsPer100Tokens: { value: 75, unit: 'words', approx: true, source: 'openai-tokens-rule-of-thumb' },
  /** Green-power share of Inner Mongolia's data-centre power, Q1 2025 (regional reporting). */
  innerMongoliaGreenPowerPct: { value: 84.57, unit: '%', approx: false, source: 'inner-mongolia-compute-2025' },
  /** Electricity's share of a data centre's operating cost: about half (China Huadian, via Xinhua). */
  dcElectricityCostSharePct: { value: 50, unit: '%', approx: true, source: 'huadian-electricity-share-2026' },
} as const satisfies Record<string, HistoryFact>;
