// English strings of the /sources/ page: headings, table headers, source fields, confidence tags, the area
// titles of the source groups and the Methods prose (see src/i18n/index.ts). Numbers are filled in by the
// page from src/data ({placeholders}); none is typed here.
export const sources = {
  pageTitle: 'Sources and methods · Tokens Abroad',
  pageDescription:
    'Every source behind Tokens Abroad, how far each is trusted, every figure printed in the story, and the methods and caveats behind the maps and charts.',
  heading: 'Sources and methods',
  lede: 'Every number in the story comes from a source listed here. Each source carries a confidence tag; each figure shows the value exactly as the text prints it, the sources behind it and the steps that use it. Where the article we started from and the evidence disagree, the story says so.',
  tocTitle: 'On this page',
  tocMethods: 'Methods and caveats',
  tocConfidence: 'What the confidence tags mean',
  tocFigures: 'Figures in the text',
  tocSources: 'All sources',
  methodsHeading: 'Methods and caveats',
  confidenceHeading: 'What the confidence tags mean',
  figuresHeading: 'Figures in the text',
  figuresIntro:
    'Numbers in the story are written as references to this list and filled in when the site is built, so none can be typed in without a source. Years and dates are the exception. Figures marked "about" are estimates or rounded. On a narrow screen the table scrolls sideways.',
  sourcesHeading: 'All sources ({count})',
  sourcesIntro:
    'Grouped by the part of the story they support. Each source names its publisher, the organisation or data set behind the figure; where we read it in someone else’s report or copy, "Read in" says where. Addresses are given as text so they can be checked or copied; some sources are books or newspapers without one.',
  back: 'Back to the story',

  // The figures table
  tableCaption: 'Figures in the story text ({count}), in order of first use',
  colFigure: 'Figure',
  colValue: 'As printed',
  colSources: 'Sources',
  usedIn: 'Used in:',

  // One source's fields
  fieldPublisher: 'Publisher',
  fieldVia: 'Read in',
  fieldDate: 'Date',
  fieldConfidence: 'Confidence',
  fieldNote: 'Note',
  fieldAddress: 'Address',
  fieldCitedIn: 'Cited in',
  fieldId: 'Id',

  confidence: {
    verified: 'Verified',
    secondary: 'Verified in a secondary source',
    'from-article': 'From the article, not checked',
    unverified: 'Unverified',
    derived: 'Derived (our arithmetic)',
  },
  confidenceMeaning: {
    verified: 'The figure was read in the publisher’s own document, data set or page.',
    secondary:
      'The figure was read in a named secondary source (a news report, summary or copy of the original), not in the original itself. News reports are always tagged this way.',
    'from-article': 'The figure comes from the article and no independent check was found. The site shows it only as the claim being checked.',
    unverified: 'An approximation, an assumption of ours, or a claim that could not be confirmed, such as forum commentary. The site labels it as such.',
    derived: 'Arithmetic from verified inputs; the formula is given with the figure.',
  },

  areas: {
    article: 'The article this explainer checks',
    history: 'The Atlantic cables, 1858 and 1866',
    telegraph: 'Telegraph timing',
    mining: 'Bitcoin mining in China',
    openrouter: 'OpenRouter token rankings and routing',
    models: 'Models, prices, benchmark scores and agents',
    trade: 'Trade statistics',
    geo: 'Places: cables, data-centre hubs and power in China',
    electricity: 'Electricity prices',
    energy: 'Chips, data centres and energy per token',
  },

  // Methods and caveats
  sourceLink: 'Source',
  methodsArticleTitle: 'The article and the evidence',
  methodsArticle:
    'The story starts from an article, “Token going abroad: selling China’s electricity to the world”, by Black Lobster, published by TechFlow. We used its argument, not its numbers: each figure was looked up again. Where the article and the evidence differ, on the electricity price gap, the price ratios of {ratio17} and {ratio36}, the date of Anthropic’s credential ban and which Claude model scored what on SWE-bench, the text says what the evidence supports and a claim box shows both versions.',
  methodsComputedTitle: 'Where the answer is computed',
  methodsComputed:
    'Chinese open-weight models are also served by companies outside China, and OpenRouter sends each request to one of several hosts, by default mostly on price. Its rankings count tokens per model, not per host or country, and we found no published split, so the share of “Chinese” tokens computed on Chinese electricity is unknown. The map follows requests answered by the model makers’ own servers in China, the case the article describes.',
  methodsShareTitle: 'How much of a token is electricity',
  methodsShare:
    'At the calculator’s starting values, electricity is {share} of the cost of one GPU-hour; the rest is the chip’s price spread over its working life. Buildings, networks, staff and training are left out, and would make electricity’s share smaller still.',
  methodsPlacesTitle: 'Approximate places',
  methodsPlaces:
    'Markers are placed to be read at the scale of a continent. Data-centre clusters are shown at a city or county centre standing for the cluster; mining provinces at their capitals; the 1858 and 1866 telegraph houses, Bedford Springs and some dams at approximate positions. Chinese city coordinates may carry an offset of a few hundred metres from the map projection used by their source, which is invisible at this scale. No source ties a model maker to a particular hub or power plant; the power flows show each region’s sources of power, not a contract. Each place names its source and says when it is approximate.',
  methodsRoutesTitle: 'Stylized routes and flows',
  methodsRoutes:
    'The Pacific cables are drawn as great-circle segments between their real landing points, branching in Japan; they are not the cables’ surveyed routes, and they are not copied from TeleGeography’s map (licensed CC BY-NC-SA 3.0). The 1858 route is a great circle between the two telegraph houses. The moving dots for requests, answers, power and migrating miners show direction and relative emphasis, not measured traffic: nobody publishes how many AI requests cross each cable.',
  methodsOpenRouterTitle: 'OpenRouter is a sample, not the market',
  methodsOpenRouterWeek:
    'The figures for the week reported around {date} come from news coverage; the OpenRouter page for that week was not seen. The weekly totals of all Chinese and all US models come from other reports and do not fit with the top-ten figures (they are smaller than the top ten’s Chinese share), so they must cover different weeks or count differently; the story keeps them apart.',
  /** What OpenRouter's rankings count and what they do not, by caveat id (src/data/openrouter.ts rankingCaveats). */
  methodsOpenRouterCaveats: {
    'routed-only': 'Counts only tokens sent through OpenRouter (prompts, answers and reasoning); private requests are left out.',
    tokenizers: 'Each model’s own tokenizer does the counting, so tokens are not strictly comparable between models.',
    'not-users': 'Measures tokens, not users, spending or quality.',
    'byok-cap': 'For models mostly used with the customer’s own key, daily BYOK tokens are capped at twice the non-BYOK tokens.',
    'self-selected':
      'Its users are a self-selected sample: many big users of US models go to the vendors directly, some use Chinese models through OpenRouter for privacy, and free promotions skew the ranks.',
  },
  methodsMiningTitle: 'Bitcoin mining shares',
  methodsMiningCcaf:
    'The shares come from the Cambridge Bitcoin Electricity Consumption Index, published by the Cambridge Centre for Alternative Finance (CCAF) at the University of Cambridge Judge Business School. They are given to one decimal in the text and on the map, which is as precise as an estimate built from mining-pool addresses can be.',
  /** What CBECI measures: {pools} is the share of all hashrate its partner pools cover ("35–44%"). */
  methodsCbeci:
    'CBECI locates miners by IP address on a few partner pools ({pools} of all hashrate); VPNs distort it. Months with no published figure here are left blank.',
  methodsRateTitle: 'Exchange rate',
  methodsRate:
    'Prices in yuan are converted to US dollars at {rate} per dollar, an approximate rate; converted values are our arithmetic and marked as derived. The Chinese tariffs date from different years, so the comparison is indicative.',
  methodsEnergyTitle: 'Energy and cost of a token',
  methodsEnergy:
    'The calculator multiplies GPU power by the data centre’s overhead (PUE) and divides by tokens per second. Its starting throughput, {tps} tokens a second, is our assumption, not a measurement; its presets are chosen to match published measurements, which are listed with their settings. The split of a GPU-hour spreads a purchase price of {price} over {years} of round-the-clock use: an assumption, stated as one.',
  methodsTradeTitle: 'Trade statistics',
  methodsTrade:
    'Services cross no customs post. Countries record trade in services in the balance of payments, mostly from surveys of companies, and the IMF, OECD, UNCTAD and WTO handbook on digital trade says such statistics are still partial. We found no published figure for trade in AI tokens.',
} as const;
