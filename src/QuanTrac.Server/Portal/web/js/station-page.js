// A station page (Decision 1459/QĐ-TCMT Table 3, website content): name, location and coordinates; the index
// with its colour and category; every pollutant's sub-index with the highest highlighted; health advice and
// recommended activities; method (VN_AQI) and data source; latest values; charts over 24 h, 7 d, 30 d; CSV
// downloads; follow + notify. Every value says whether it is provisional or validated.
import { t, pick, setupSwitch, formatTime, lang } from './i18n.js';
import { getJson, el } from './api.js';
import { badge, textOn, layerLabel } from './colours.js';
import { registerServiceWorker } from './pwa.js';
import { follows, follow, unfollow, check } from './follow.js';

const id = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');
const enc = encodeURIComponent(id);
const state = { station: null, latest: null, parameters: [], index: null, categories: [], hourly: null, range: '24h', parameter: null, plots: [] };

const isAir = () => state.station?.type === 'AmbientAir';
const isWater = () => state.station?.type === 'SurfaceWater';
const catName = c => c ? (lang() === 'en' ? c.en : c.vi) : '';

function parameterName(code) {
  const def = state.parameters.find(p => p.code === code && p.stationTypes.includes(state.station.type)) ?? state.parameters.find(p => p.code === code);
  return def ? `${pick(def, 'name')} (${code})` : code;
}

function renderHeader() {
  const s = state.station;
  document.title = `${pick(s, 'name')} — QuanTrac`;
  document.getElementById('station-name').textContent = pick(s, 'name');
  const loc = s.location ? `${t('coords')}: ${s.location.latitude.toFixed(4)}, ${s.location.longitude.toFixed(4)}` : '';
  document.getElementById('station-meta').textContent = [t(s.type), s.province, s.id, loc].filter(Boolean).join(' · ');
  document.getElementById('method').textContent = isWater() ? t('wqiMethod') : t('aqiMethod');
  document.getElementById('source').textContent = t('source', { name: pick(s, 'name'), province: s.province,
    lat: s.location?.latitude ?? '–', lon: s.location?.longitude ?? '–' });
}

function renderIndex() {
  const card = document.getElementById('index-card');
  const advice = document.getElementById('advice');
  card.replaceChildren();
  advice.replaceChildren();
  if (!isAir() && !isWater()) { card.append(el('p', { text: t('noAqiType') })); card.style.background = ''; return; }
  const x = state.index;
  const value = x ? (x.aqi ?? x.wqi ?? null) : null;
  const method = isAir() ? 'VN_AQI' : 'VN_WQI';
  card.dataset.value = value ?? '';
  card.dataset.colour = value != null ? x.colour : '';
  card.style.background = value != null ? x.colour : '#e0e0e0';
  card.style.color = value != null ? textOn(x.colour) : '#111';
  card.append(
    el('div', { class: 'value', id: 'index-value', text: value ?? '–' }),
    el('div', {},
      el('p', { text: `${method} — ${value != null ? catName(x.category) : t('noIndex')}` }),
      isAir() && x?.mainPollutant ? el('p', { text: `${t('mainPollutant')}: ${x.mainPollutant}` }) : null,
      el('p', { text: x?.time ? `${t('hourEnding')}: ${formatTime(x.time)} (UTC+7)` : '' }),
      el('p', {}, layerLabel(x?.provisional ?? true, t))));
  if (value == null) return;
  const band = state.categories.find(c => value >= c.min && value <= c.max) ?? state.categories[state.categories.length - 1];
  if (!band) return;
  if (isAir()) {
    advice.append(
      el('section', {}, el('h3', { text: t('health') }), el('p', { text: pick(band, 'health') })),
      el('section', {}, el('h3', { text: t('publicAdvice') }), el('p', { text: pick(band, 'publicAdvice') })),
      el('section', {}, el('h3', { text: t('sensitiveAdvice') }), el('p', { text: pick(band, 'sensitiveAdvice') })));
  } else {
    advice.append(el('section', {}, el('h3', { text: t('use') }), el('p', { text: pick(band, 'use') })));
  }
}

function renderSubIndices() {
  const section = document.getElementById('subindices-section');
  const body = document.getElementById('subindices');
  body.replaceChildren();
  const last = state.hourly?.values?.filter(v => v.aqi != null).at(-1);
  section.hidden = !isAir() || !last;
  if (!last) return;
  for (const [code, sub] of Object.entries(last.subIndices)) {
    const row = el('tr', { class: code === last.mainPollutant ? 'main-pollutant' : '' },
      el('td', { text: code + (code === last.mainPollutant ? ` — ${t('mainPollutant')}` : '') }),
      el('td', { class: 'num', text: sub ?? '–' }));
    body.append(row);
  }
}

function renderLatest() {
  const body = document.getElementById('latest');
  body.replaceChildren();
  for (const v of state.latest.values) {
    body.append(el('tr', {},
      el('td', { text: parameterName(v.parameter) }),
      el('td', { class: 'num', text: v.value ?? '–' }),
      el('td', { text: v.unit }),
      el('td', { text: formatTime(v.observedAt) }),
      el('td', {}, layerLabel(v.layer !== 'validated', t))));
  }
}

function rangeQuery() {
  const now = Date.now();
  const days = state.range === '24h' ? 1 : state.range === '7d' ? 7 : 30;
  const from = new Date(now - days * 86400000).toISOString();
  return { from, to: new Date(now).toISOString(), aggregate: days === 30 ? 'day' : 'hour', period: days === 30 ? 'day' : 'hour' };
}

function plot(target, title, xs, ys, colour) {
  const box = document.getElementById(target);
  box.replaceChildren();
  if (!xs.length) { box.append(el('p', { class: 'status', text: t('noData') })); return; }
  const width = Math.max(280, box.clientWidth || 600);
  const opts = {
    title, width, height: 240,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1e3), 'Asia/Ho_Chi_Minh'),
    series: [{}, { label: title, stroke: colour, width: 2, spanGaps: false, points: { show: xs.length < 60 } }],
    axes: [{}, { size: 56 }],
  };
  state.plots.push(new uPlot(opts, [xs, ys], box));
}

async function renderCharts() {
  for (const p of state.plots) p.destroy();
  state.plots = [];
  const q = rangeQuery();
  const code = state.parameter;
  const base = `/api/v1/stations/${enc}`;
  const seriesUrl = `${base}/series?parameter=${encodeURIComponent(code ?? '')}&from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}`;
  document.getElementById('csv-series').href = `${seriesUrl}&format=csv`;
  document.getElementById('csv-means').href = `${seriesUrl}&aggregate=${q.aggregate}&format=csv`;
  const aqiUrl = `${base}/aqi?period=${q.period}&from=${encodeURIComponent(q.from)}&to=${encodeURIComponent(q.to)}`;
  document.getElementById('csv-aqi').href = `${aqiUrl}&format=csv`;
  document.getElementById('csv-aqi').hidden = !isAir();
  document.getElementById('aqi-chart-block').hidden = !isAir();
  const jobs = [];
  if (code) {
    jobs.push(getJson(`${seriesUrl}&aggregate=${q.aggregate}`).then(s => {
      const rows = s.values;
      const title = t(q.aggregate === 'day' ? 'dailyMeans' : 'hourlyMeans', { name: parameterName(code), unit: s.unit ?? '' });
      document.getElementById('param-chart-title').textContent = `${title} — ${t('provisional')}`;
      plot('param-chart', title, rows.map(r => Date.parse(r.periodEnd) / 1000), rows.map(r => r.mean), '#0b3d5c');
    }));
  }
  if (isAir()) {
    jobs.push(getJson(aqiUrl).then(a => {
      const title = t(q.period === 'day' ? 'aqiDaily' : 'aqiHourly');
      document.getElementById('aqi-chart-title').textContent = `${title} — ${t('provisional')}`;
      const xs = a.values.map(v => Date.parse(v.time ?? `${v.date}T24:00:00+07:00`.replace('T24:00:00', 'T23:59:59')) / 1000);
      plot('aqi-chart', title, xs, a.values.map(v => v.aqi), '#8f3f97');
    }));
  }
  await Promise.all(jobs);
}

function renderFollow() {
  const f = follows()[id];
  const button = document.getElementById('follow');
  button.setAttribute('aria-pressed', f ? 'true' : 'false');
  button.textContent = f ? t('unfollow') : t('follow');
  if (f) document.getElementById('follow-level').value = String(f.level);
  document.getElementById('follow-status').textContent = f ? t('followOn', { level: f.level }) : t('followOff');
}

function setupControls() {
  for (const b of document.querySelectorAll('[data-range]')) {
    b.addEventListener('click', () => {
      state.range = b.dataset.range;
      for (const o of document.querySelectorAll('[data-range]')) o.setAttribute('aria-pressed', o === b ? 'true' : 'false');
      renderCharts().catch(() => {});
    });
  }
  const select = document.getElementById('parameter');
  select.addEventListener('change', () => { state.parameter = select.value; renderCharts().catch(() => {}); });
  document.getElementById('follow').addEventListener('click', async () => {
    if (follows()[id]) { await unfollow(id); renderFollow(); return; }
    const level = Number(document.getElementById('follow-level').value);
    const allowed = await follow(id, level);
    renderFollow();
    if (!allowed) document.getElementById('follow-status').textContent = t('notifyDenied');
  });
}

function fillParameters() {
  const select = document.getElementById('parameter');
  select.replaceChildren();
  const codes = state.station.parameters;
  for (const code of codes) select.append(el('option', { value: code, text: parameterName(code) }));
  state.parameter ??= codes.includes('PM2.5') ? 'PM2.5' : codes[0] ?? null;
  if (state.parameter) select.value = state.parameter;
}

function renderAll() {
  renderHeader(); renderIndex(); renderSubIndices(); renderLatest(); fillParameters(); renderFollow();
  renderCharts().catch(() => {});
}

async function refreshIndex() {
  if (isAir()) {
    const all = await getJson('/api/v1/aqi/latest');
    state.index = all.stations.find(s => s.station === id) ?? null;
    await check(all.stations);
    state.hourly = await getJson(`/api/v1/stations/${enc}/aqi?period=hour`);
  } else if (isWater()) {
    const all = await getJson('/api/v1/wqi/latest');
    state.index = all.stations.find(s => s.station === id) ?? null;
  }
}

async function start() {
  setupSwitch(() => renderAll());
  registerServiceWorker();
  try {
    state.station = await getJson(`/api/v1/stations/${enc}`);
  } catch {
    document.getElementById('station-name').textContent = t('unknownStation');
    return;
  }
  const [latest, parameters, categories] = await Promise.all([
    getJson(`/api/v1/stations/${enc}/latest`),
    getJson('/api/v1/parameters'),
    getJson(isWater() ? '/api/v1/wqi/categories' : '/api/v1/aqi/categories'),
  ]);
  Object.assign(state, { latest, parameters, categories });
  await refreshIndex().catch(() => {});
  setupControls();
  renderAll();
  document.body.dataset.ready = 'true';
  setInterval(async () => {
    try { await refreshIndex(); state.latest = await getJson(`/api/v1/stations/${enc}/latest`); renderIndex(); renderSubIndices(); renderLatest(); } catch { /* offline: keep what is shown */ }
  }, 5 * 60 * 1000);
}

start();
