// Writes a simplified outline of Vietnam as GeoJSON from world-atlas (Natural Earth 1:50m, public domain):
// decodes Vietnam's TopoJSON arcs (id 704), rounds to 0.01° and adds the two archipelagos as labelled points.
// Usage: node vietnam-outline.mjs countries-50m.json > vietnam-outline.geojson
import { readFileSync } from 'node:fs';
const topo = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
const arc = i => i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
const ring = ids => {
  const pts = [];
  for (const id of ids) { const a = arc(id); pts.push(...(pts.length ? a.slice(1) : a)); }
  const out = [];
  for (const [x, y] of pts) {
    const p = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const vn = topo.objects.countries.geometries.find(g => g.id === '704');
const polys = vn.type === 'Polygon' ? [vn.arcs] : vn.arcs;
const coordinates = polys.map(p => p.map(ring)).filter(p => p[0].length >= 4);
const label = (vi, en, lon, lat) => ({ type: 'Feature', properties: { nameVi: vi, nameEn: en }, geometry: { type: 'Point', coordinates: [lon, lat] } });
process.stdout.write(JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { nameVi: 'Việt Nam', nameEn: 'Viet Nam', source: 'Natural Earth 1:50m via world-atlas 2.0.2 (public domain), simplified' },
      geometry: { type: 'MultiPolygon', coordinates } },
    label('Quần đảo Hoàng Sa', 'Hoang Sa archipelago', 112.0, 16.5),
    label('Quần đảo Trường Sa', 'Truong Sa archipelago', 114.3, 10.0),
  ],
}) + '\n');
