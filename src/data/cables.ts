// Cables on the map: the two Pacific cables that link mainland China directly to the US west coast
// (TPE and NCP, fact sheet section 2) and the 1858 and 1866 Atlantic telegraph cables (section 1).
// Lengths, dates and landing points are facts from the cited sources. The Pacific routes drawn on the
// map are our own stylized great-circle segments between landing points, not TeleGeography geometry.
// Consumers: the world map, the latency chart (pacificCables).

export interface PacificCable {
  id: 'tpe' | 'ncp';
  name: string;
  /** The cable's short name, written on the map beside its trunk. */
  short: string;
  /** Cable length in km (TeleGeography). */
  lengthKm: number;
  /** Ready for service, as TeleGeography gives it. */
  rfs: string;
  /** Landing-point ids (src/data/places.ts, cableLandings). */
  landings: string[];
  source: string;
}

const TG = 'telegeography-cable-map-2021';

export const pacificCables: PacificCable[] = [
  {
    id: 'tpe',
    name: 'Trans-Pacific Express (TPE)',
    short: 'TPE',
    lengthKm: 17_968,
    rfs: 'Aug 2008',
    landings: ['nedonna-beach', 'maruyama', 'geoje', 'qingdao', 'chongming', 'tanshui'],
    source: TG,
  },
  {
    id: 'ncp',
    name: 'New Cross Pacific (NCP)',
    short: 'NCP',
    lengthKm: 13_618,
    rfs: 'May 2018',
    landings: ['pacific-city', 'maruyama', 'busan', 'chongming', 'nanhui', 'lingang', 'toucheng'],
    source: TG,
  },
];

/**
 * Stylized routes: each cable as great-circle segments between its landing points, a trunk from Oregon
 * to Japan and branches from there. The branching is a drawing choice, not the cables' real topology.
 */
export const pacificCableSegments: Record<PacificCable['id'], [string, string][]> = {
  tpe: [
    ['nedonna-beach', 'maruyama'],
    ['maruyama', 'geoje'],
    ['geoje', 'qingdao'],
    ['maruyama', 'chongming'],
    ['maruyama', 'tanshui'],
  ],
  ncp: [
    ['pacific-city', 'maruyama'],
    ['maruyama', 'busan'],
    ['maruyama', 'nanhui'],
    ['nanhui', 'lingang'],
    ['maruyama', 'chongming'],
    ['maruyama', 'toucheng'],
  ],
};

export interface AtlanticCable {
  id: 'cable-1858' | 'cable-1866';
  name: string;
  /** The year it was laid (the map names the cable by it). */
  year: number;
  /** Place ids of the two ends (src/data/places.ts, telegraphStations), east first. */
  ends: [string, string];
  /** The route as [lon, lat] points, east to west. */
  route: [number, number][];
  source: string;
  /** The period account of the lay: its landings and dates. */
  account: string;
  /** Where and when the two ships met and spliced their ends (1858 only): the route is laid from there both ways. */
  meet?: { at: [number, number]; date: string; source: string };
}

export const atlanticCables: AtlanticCable[] = [
  {
    id: 'cable-1858',
    name: '1858 Atlantic telegraph cable',
    year: 1858,
    ends: ['knightstown', 'bull-arm'],
    // Great circle Knightstown -> Bull Arm in eight steps (fact sheet, "Waypoints for drawing the 1858 route").
    route: [
      [-10.29, 51.93],
      [-15.94, 52.35],
      [-21.67, 52.5],
      [-27.4, 52.37],
      [-33.06, 51.97],
      [-38.59, 51.3],
      [-43.93, 50.38],
      [-49.04, 49.22],
      [-53.9, 47.85],
    ],
    source: 'cable-1858-route-derived',
    account: 'heroes-of-the-telegraph',
    // Niagara and Agamemnon spliced mid-ocean on 29 Jul 1858 and steamed apart. The place is traditionally put
    // near 52 N 32-33 W (unverified, see the route's source); the date is Munro's.
    meet: { at: [-32.5, 52.05], date: '1858-07-29', source: 'heroes-of-the-telegraph' },
  },
  {
    id: 'cable-1866',
    name: '1866 Atlantic telegraph cable',
    year: 1866,
    ends: ['foilhommerum', 'hearts-content'],
    // Drawn as the great circle between the two shore ends.
    route: [
      [-10.37, 51.88],
      [-53.3686, 47.8725],
    ],
    source: 'great-eastern-1866',
    account: 'great-eastern-1866',
  },
];
