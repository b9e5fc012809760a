// The map page: every station coloured by its current index (air: VN_AQI, surface water: VN_WQI, others grey),
// a legend, the nearest station from the phone's position and a list that keyboard and screen-reader users can
// read instead of the map. Tiles come from the server's configured URL; when they cannot load, the stations are
// drawn on a plain outline of Viet Nam.
import { t, pick, setupSwitch, formatTime } from './i18n.js';
import { getJson, el } from './api.js';
import { badge, textOn, layerLabel } from './colours.js';
import { registerServiceWorker } from './pwa.js';
import { check } from './follow.js';

const state = { config: null, categories: [], stations: null, aqi: new Map(), wqi: new Map(), updated: null };
let map, markerLayer, outlineLayer, tilesOk = false;

function indexOf(id) { return state.aqi.get(id) ?? state.wqi.get(id) ?? null; }

function markerIcon(feature) {
  const p = feature.properties;
  const idx = indexOf(p.id);
  const value = idx ? (idx.aqi ?? idx.wqi ?? null) : null;
  const colour = value != null ? idx.colour : null;
  const html = `<span aria-hidden="true">${value ?? '–'}</span>`;
  return L.divIcon({
    className: 'aqi-marker' + (p.type === 'SurfaceWater' ? ' water' : '') + (colour ? '' : ' none'),
    html, iconSize: [36, 36],
  });
}

function styleMarker(marker, feature) {
  const icon = marker.getElement();
  if (!icon) return;
  const p = feature.properties;
  const idx = indexOf(p.id);
  const value = idx ? (idx.aqi ?? idx.wqi ?? null) : null;
  icon.dataset.station = p.id;
  icon.dataset.value = value ?? '';
  icon.dataset.colour = value != null ? idx.colour : '';
  if (value != null) { icon.style.background = idx.colour; icon.style.color = textOn(idx.colour); }
  const method = p.type === 'AmbientAir' ? 'VN_AQI' : p.type === 'SurfaceWater' ? 'VN_WQI' : t(p.type);
  const label = `${pick(p, 'name')} — ${method} ${value ?? t('noIndex')}${idx?.category ? ' (' + (t('switch') === 'English' ? idx.category.vi : idx.category.en) + ')' : ''}`;
  icon.setAttribute('aria-label', label);
  icon.setAttribute('role', 'link');
  icon.title = label;
  // Enter or Space on a focused marker opens the station, as a link would.
  icon.onkeydown = e => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); location.href = `/stations/${encodeURIComponent(p.id)}`; }
  };
}

function drawMarkers() {
  if (!map || !state.stations) return;
  markerLayer.clearLayers();
  for (const f of state.stations.features) {
    const [lon, lat] = f.geometry.coordinates;
    const marker = L.marker([lat, lon], { icon: markerIcon(f), keyboard: true, riseOnHover: true });
    marker.on('click', () => { location.href = `/stations/${encodeURIComponent(f.properties.id)}`; });
    marker.on('add', () => styleMarker(marker, f));
    marker.addTo(markerLayer);
  }
}

function drawList() {
  const body = document.getElementById('station-rows');
  body.replaceChildren();
  if (!state.stations) return;
  const features = [...state.stations.features].sort((a, b) => pick(a.properties, 'name').localeCompare(pick(b.properties, 'name'), 'vi'));
  for (const f of features) {
    const p = f.properties, idx = indexOf(p.id);
    const value = idx ? (idx.aqi ?? idx.wqi ?? null) : null;
    const method = p.type === 'AmbientAir' ? 'VN_AQI ' : p.type === 'SurfaceWater' ? 'VN_WQI ' : '';
    const link = el('a', { href: `/stations/${encodeURIComponent(p.id)}`, text: pick(p, 'name') });
    const category = idx?.category ? (document.documentElement.lang === 'en' ? idx.category.en : idx.category.vi) : (method ? t('noIndex') : '');
    body.append(el('tr', { 'data-station': p.id },
      el('td', {}, link),
      el('td', { text: t(p.type) }),
      el('td', {}, method ? document.createTextNode(method) : null, method ? badge(value, value != null ? idx.colour : null) : null),
      el('td', { text: category }),
      el('td', { text: formatTime(idx?.time) }),
      el('td', {}, layerLabel(true, t))));
  }
  document.getElementById('updated').textContent = state.updated ? t('updated', { time: formatTime(state.updated) }) : '';
}

function drawLegend() {
  const legend = document.getElementById('legend');
  legend.replaceChildren();
  for (const c of state.categories) {
    const li = el('li', { text: `${c.min}–${c.max} ${pick(c, 'name')}` });
    li.style.background = c.colour;
    li.style.color = textOn(c.colour);
    legend.append(li);
  }
}

async function setupMap() {
  map = L.map('map', { center: [16.0, 106.5], zoom: 5, minZoom: 4, maxZoom: 18, keyboard: true, zoomControl: true });
  outlineLayer = L.layerGroup().addTo(map);
  markerLayer = L.layerGroup().addTo(map);
  const showOutline = async fill => {
    try {
      const outline = await getJson('/data/vietnam-outline.geojson');
      outlineLayer.clearLayers();
      L.geoJSON(outline, {
        style: { color: '#4a6b7c', weight: 1.5, fillColor: '#f4f1e8', fillOpacity: fill ? 1 : 0 },
        pointToLayer: (f, latlng) => L.marker(latlng, { icon: L.divIcon({ className: 'outline-label', html: pick(f.properties, 'name'), iconSize: [140, 14], iconAnchor: [-4, 7] }), keyboard: false, interactive: false }),
      }).addTo(outlineLayer);
    } catch { /* offline and never cached: markers alone still show */ }
  };
  const url = state.config?.tileUrl;
  if (url) {
    const tiles = L.tileLayer(url, { attribution: state.config.tileAttribution || '', maxZoom: 18 });
    let errors = 0;
    tiles.on('tileload', () => { if (!tilesOk) { tilesOk = true; outlineLayer.clearLayers(); document.getElementById('map').dataset.base = 'tiles'; } });
    tiles.on('tileerror', () => {
      if (++errors === 1 && !tilesOk) {
        showOutline(true);
        document.getElementById('map').dataset.base = 'outline';
        document.getElementById('nearest-result').textContent = t('noTiles');
      }
    });
    tiles.addTo(map);
  } else {
    document.getElementById('map').dataset.base = 'outline';
    await showOutline(true);
  }
}

async function refresh() {
  const [aqi, wqi] = await Promise.all([getJson('/api/v1/aqi/latest'), getJson('/api/v1/wqi/latest')]);
  state.aqi = new Map(aqi.stations.map(s => [s.station, s]));
  state.wqi = new Map(wqi.stations.map(s => [s.station, s]));
  state.updated = aqi.computedAt;
  drawMarkers();
  drawList();
  document.getElementById('map').dataset.ready = 'true';
  await check(aqi.stations);
}

function nearest() {
  const out = document.getElementById('nearest-result');
  if (!navigator.geolocation || !state.stations) { out.textContent = t('nearestNone'); return; }
  navigator.geolocation.getCurrentPosition(pos => {
    const { latitude, longitude } = pos.coords;
    let best = null, bestKm = Infinity;
    for (const f of state.stations.features) {
      const [lon, lat] = f.geometry.coordinates;
      const km = haversine(latitude, longitude, lat, lon);
      if (km < bestKm) { bestKm = km; best = f; }
    }
    if (!best) { out.textContent = t('nearestNone'); return; }
    out.replaceChildren(el('a', { href: `/stations/${encodeURIComponent(best.properties.id)}`, id: 'nearest-link',
      text: t('nearestIs', { name: pick(best.properties, 'name'), km: bestKm.toFixed(1) }) }));
    const [lon, lat] = best.geometry.coordinates;
    map.setView([lat, lon], 10);
  }, () => { out.textContent = t('nearestNone'); }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 });
}

export function haversine(lat1, lon1, lat2, lon2) {
  const r = 6371, rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(a));
}

async function start() {
  setupSwitch(() => { drawLegend(); drawMarkers(); drawList(); });
  registerServiceWorker();
  [state.config, state.categories, state.stations] = await Promise.all([
    getJson('/config.json').catch(() => ({ tileUrl: '' })),
    getJson('/api/v1/aqi/categories'),
    getJson('/api/v1/stations.geojson'),
  ]);
  drawLegend();
  await setupMap();
  document.getElementById('nearest').addEventListener('click', nearest);
  await refresh();
  setInterval(() => refresh().catch(() => {}), 5 * 60 * 1000);
}

start();
