// Registers the service worker (offline: last known data) and, where the browser allows it, a periodic
// background sync that lets the service worker check followed stations while no page is open.
export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return null;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    if ('periodicSync' in registration) {
      try { await registration.periodicSync.register('quantrac-aqi', { minInterval: 15 * 60 * 1000 }); } catch { /* not installed or not allowed */ }
    }
    return registration;
  } catch {
    return null;
  }
}

window.addEventListener('online', () => { const b = document.getElementById('offline'); if (b) b.hidden = true; });
window.addEventListener('offline', () => { const b = document.getElementById('offline'); if (b) b.hidden = false; });
