// QuanTrac service worker: the app shell is cached at install; API answers are fetched from the network and
// kept, so the last known data show offline (marked with X-QuanTrac-Offline: 1). On a periodic background sync
// (installed app, where the browser supports it) it checks the followed stations and notifies.
const SHELL = 'quantrac-shell-v1';
const DATA = 'quantrac-data-v1';
const STATE = 'quantrac-state';
const shell = [
  '/', '/index.html', '/station.html', '/app.css', '/manifest.webmanifest', '/config.json',
  '/js/i18n.js', '/js/api.js', '/js/colours.js', '/js/follow.js', '/js/pwa.js', '/js/map-page.js', '/js/station-page.js',
  '/vendor/leaflet/leaflet.js', '/vendor/leaflet/leaflet.css', '/vendor/uplot/uPlot.iife.min.js', '/vendor/uplot/uPlot.min.css',
  '/data/vietnam-outline.geojson', '/icons/icon.svg', '/icons/icon-192.png',
];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(c => c.addAll(shell)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== SHELL && k !== DATA && k !== STATE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function offlineCopy(response) {
  const headers = new Headers(response.headers);
  headers.set('X-QuanTrac-Offline', '1');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function networkFirst(request, cacheName) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(cacheName)).put(request, response.clone());
    return response;
  } catch (e) {
    const cached = await caches.match(request, { ignoreVary: true });
    if (cached) return offlineCopy(cached);
    throw e;
  }
}

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/config.json') {
    event.respondWith(networkFirst(event.request, DATA));
  } else if (event.request.mode === 'navigate' && url.pathname.startsWith('/stations/')) {
    // Every station page is the same file; offline, the cached one renders the cached data.
    event.respondWith(fetch(event.request).catch(() => caches.match('/station.html')));
  } else {
    event.respondWith(networkFirst(event.request, SHELL));
  }
});

self.addEventListener('notificationclick', event => {
  event.notification.close();
  const url = event.notification.data?.url || '/';
  event.waitUntil(self.clients.openWindow(url));
});

self.addEventListener('periodicsync', event => {
  if (event.tag === 'quantrac-aqi') event.waitUntil(checkFollowed());
});

async function checkFollowed() {
  const stateCache = await caches.open(STATE);
  const saved = await stateCache.match('/__state/follows.json');
  if (!saved) return;
  const follows = await saved.json();
  if (!Object.keys(follows).length) return;
  const response = await fetch('/api/v1/aqi/latest');
  if (!response.ok) return;
  (await caches.open(DATA)).put('/api/v1/aqi/latest', response.clone());
  const latest = await response.json();
  for (const s of latest.stations) {
    const f = follows[s.station];
    if (!f || s.aqi == null) continue;
    if ((f.last == null || f.last < f.level) && s.aqi >= f.level) {
      await self.registration.showNotification(`${s.nameVi}: VN_AQI ${s.aqi}`, {
        body: `${s.category?.vi ?? ''} / ${s.category?.en ?? ''} (≥ ${f.level})`, icon: '/icons/icon-192.png',
        tag: s.station, data: { url: `/stations/${encodeURIComponent(s.station)}` },
      });
    }
    f.last = s.aqi;
  }
  await stateCache.put('/__state/follows.json', new Response(JSON.stringify(follows), { headers: { 'Content-Type': 'application/json' } }));
}
