// Text colour on an index colour: whichever of black or white has the higher WCAG contrast ratio
// (black on green, yellow, orange and red; white on purple and maroon), so every band stays readable.
function luminance(hex) {
  const c = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

export function textOn(hex) {
  if (!hex) return '#111111';
  const l = luminance(hex);
  const black = (l + 0.05) / 0.05, white = 1.05 / (l + 0.05);
  return black >= white ? '#000000' : '#ffffff';
}

export function badge(value, colour) {
  const span = document.createElement('span');
  span.className = 'badge' + (value == null ? ' none' : '');
  span.textContent = value == null ? '–' : String(value);
  if (value != null && colour) { span.style.background = colour; span.style.color = textOn(colour); }
  return span;
}

export function layerLabel(provisional, t) {
  const span = document.createElement('span');
  span.className = 'layer' + (provisional ? '' : ' validated');
  span.textContent = provisional ? t('provisional') : t('validated');
  return span;
}
