// Which map labels win when there is no room for all of them: a priority per kind of label (higher is placed
// first, src/lib/mapLabels.ts), and the zooms at which names appear. Read by src/lib/mapModel.ts's layer table.
// Editorial choices, not facts: change them here to change what a crowded map names first.

/** Rules that apply to every label. */
export const labelRules = {
  /** Added to a highlighted place's priority, so every highlighted name is placed before any other. */
  highlightBonus: 100,
  /** Taken off a label on a faded layer. */
  dimPenalty: 10,
  /** Labels below this are never drawn. */
  minShown: 20,
  /** On narrow screens (phones) labels below this are dropped, */
  narrowMin: 40,
  /** and so are unhighlighted ones below this in a scene that highlights places. */
  focusMin: 40,
} as const;

/** Zooms (camera.zoom) at which a layer starts naming things. */
export const labelZoom = {
  /** Pacific cable names (TPE, NCP) and the key landing names: a regional view of the Pacific. */
  pacificNames: 1.6,
  /** Data-centre hubs and power sites: China fills the view (the climax, at 3.4, names only what carries it). */
  chinaNames: 4,
  /** The three Jinsha River dams get a label each only this close; below it, one label for the three. */
  clusterSplit: 9,
  /** A shaded country is named only in views wider than this (in a view of the country the shading says enough). */
  countryNameBelow: 3,
} as const;

/** Priority of each kind of label, by layer. */
export const labelPriority = {
  atlanticCable: { name: 75, nameDimmed: 35, ends: 80, endsDimmed: 55 },
  pacificCables: {
    name: 72,
    /** Landings at world scale: clutter. */
    landingWorld: 5,
    inlandHub: 10,
    /** The landings a request passes through (keyLandings). */
    keyLanding: 45,
    landing: 25,
  },
  devCities: 58,
  modelMakers: 66,
  dcHubs: { china: 42, world: 10 },
  miningProvinces: 70,
  hydroMigration: 68,
  miningExodus: { destination: 70, origin: 72 },
  powerPlants: { world: 10, key: 56, other: 44, cluster: 44, clusterHighlighted: 150 },
  uhvLines: { line: 74, ends: 50 },
  highlight: { place: 60, country: 140 },
} as const;

/** Cable landings named in regional Pacific views: the ones a request from the US passes through. */
export const keyLandings: readonly string[] = ['chongming', 'nanhui', 'nedonna-beach', 'pacific-city', 'maruyama'];

/** Power sites named before the others in views of China. */
export const keyPowerSites: readonly string[] = ['three-gorges', 'kubuqi', 'xinjiang-wind-solar'];
