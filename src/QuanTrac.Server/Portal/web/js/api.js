// Fetches JSON from the open API. When the network fails the service worker answers from its cache; the
// page then says it is offline (header X-QuanTrac-Offline set by the service worker).
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const offline = response.headers.get('X-QuanTrac-Offline') === '1';
  const banner = document.getElementById('offline');
  if (banner) banner.hidden = !offline && navigator.onLine !== false;
  if (!response.ok) {
    const error = new Error(`${response.status} ${url}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}
