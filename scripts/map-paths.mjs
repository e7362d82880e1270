// Turns a projected GeoJSON of England's councils (British National Grid metres, from
// scripts/build-map) into SVG path data keyed by ONS code: one unit is UNIT metres, north
// is up, each ring a move and relative lines, so the committed asset stays small.
import { readFileSync } from "node:fs";

const UNIT = 200;
const geo = JSON.parse(readFileSync(process.argv[2], "utf8"));

let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
const polygons = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
for (const f of geo.features) {
  for (const poly of polygons(f.geometry)) {
    for (const ring of poly) {
      for (const [x, y] of ring) {
        minX = Math.min(minX, x); maxX = Math.max(maxX, x);
        minY = Math.min(minY, y); maxY = Math.max(maxY, y);
      }
    }
  }
}
const px = (x) => Math.round((x - minX) / UNIT);
const py = (y) => Math.round((maxY - y) / UNIT);
const num = (n, first) => (first || n < 0 ? `${n}` : ` ${n}`);

const areas = geo.features.map((f) => {
  let d = "";
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons(f.geometry)) {
    for (const ring of poly) {
      const pts = [];
      for (const [x, y] of ring) {
        const p = [px(x), py(y)];
        const last = pts[pts.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
        box[0] = Math.min(box[0], p[0]); box[1] = Math.min(box[1], p[1]);
        box[2] = Math.max(box[2], p[0]); box[3] = Math.max(box[3], p[1]);
      }
      if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
      if (pts.length < 3) continue;
      d += `M${pts[0][0]}${num(pts[0][1])}l`;
      let first = true;
      for (let i = 1; i < pts.length; i++) {
        d += num(pts[i][0] - pts[i - 1][0], first) + num(pts[i][1] - pts[i - 1][1]);
        first = false;
      }
      d += "z";
    }
  }
  // Its bounding box (min x, min y, max x, max y), to draw a few areas close up.
  return { code: f.properties.CTYUA23CD, name: f.properties.CTYUA23NM, box, d };
});
areas.sort((a, b) => a.code.localeCompare(b.code));
const out = {
  source: "ONS Counties and Unitary Authorities (December 2023) Boundaries UK BSC",
  unit_metres: UNIT,
  width: px(maxX),
  height: py(minY),
  areas,
};
process.stdout.write(JSON.stringify(out) + "\n");
