// Followed stations and AQI notifications without a push server: whenever a page refreshes the current
// indices (every 5 minutes while open) — or the service worker does on a periodic background sync, where
// the browser offers one — a followed station whose index rises from below the chosen level to at or above
// it raises a notification. The follows are mirrored into Cache Storage so the service worker can read them.
import { t, pick } from './i18n.js';

const KEY = 'quantrac.follows';

export function follows() {
  try { return JSON.parse(localStorage.getItem(KEY) || '{}'); } catch { return {}; }
}

async function save(all) {
  localStorage.setItem(KEY, JSON.stringify(all));
  if ('caches' in window) {
    const cache = await caches.open('quantrac-state');
    await cache.put('/__state/follows.json', new Response(JSON.stringify(all), { headers: { 'Content-Type': 'application/json' } }));
  }
}

export async function follow(id, level) {
  const all = follows();
  all[id] = { level, last: all[id]?.last ?? null };
  await save(all);
  if ('Notification' in window && Notification.permission === 'default') {
    try { await Notification.requestPermission(); } catch { /* older browsers: callback form; following still works */ }
  }
  return !('Notification' in window) || Notification.permission !== 'denied';
}

export async function unfollow(id) {
  const all = follows();
  delete all[id];
  await save(all);
}

/** Compares the new indices with the last seen ones and notifies on an upward crossing. Returns the stations notified. */
export async function check(stations) {
  const all = follows();
  const notified = [];
  for (const s of stations) {
    const f = all[s.station];
    if (!f || s.aqi == null) continue;
    if ((f.last == null || f.last < f.level) && s.aqi >= f.level) {
      notified.push(s.station);
      await notify(t('notifyTitle', { name: pick(s, 'name'), aqi: s.aqi }),
        t('notifyBody', { category: s.category ? pick({ categoryVi: s.category.vi, categoryEn: s.category.en }, 'category') : '', level: f.level }),
        `/stations/${encodeURIComponent(s.station)}`);
    }
    f.last = s.aqi;
  }
  await save(all);
  return notified;
}

async function notify(title, body, url) {
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  const registration = await navigator.serviceWorker?.getRegistration();
  if (registration) await registration.showNotification(title, { body, icon: '/icons/icon-192.png', tag: url, data: { url } });
  else new Notification(title, { body, icon: '/icons/icon-192.png' });
}
