#!/usr/bin/env bash
# Copies the portal's third-party browser libraries from npm into the server's static files
# (src/QuanTrac.Server/Portal/web/vendor). The copies are committed, so a fresh machine needs no npm;
# run this only to change a version. Versions are pinned here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/src/QuanTrac.Server/Portal/web/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent leaflet@1.9.4 uplot@1.6.32 world-atlas@2.0.2 >/dev/null
tar -xzf leaflet-1.9.4.tgz && mv package leaflet
tar -xzf uplot-1.6.32.tgz && mv package uplot
rm -rf "$vendor/leaflet" "$vendor/uplot"
mkdir -p "$vendor/leaflet/images" "$vendor/uplot"
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.css "$vendor/leaflet/"
cp leaflet/dist/images/*.png "$vendor/leaflet/images/"
cp leaflet/LICENSE "$vendor/leaflet/LICENSE"
cp uplot/dist/uPlot.iife.min.js uplot/dist/uPlot.min.css "$vendor/uplot/"
cp uplot/LICENSE "$vendor/uplot/LICENSE"
tar -xzf world-atlas-2.0.2.tgz && mv package world-atlas
mkdir -p "$root/src/QuanTrac.Server/Portal/web/data"
node "$root/scripts/web/vietnam-outline.mjs" world-atlas/countries-50m.json > "$root/src/QuanTrac.Server/Portal/web/data/vietnam-outline.geojson"
printf 'leaflet 1.9.4 (BSD-2-Clause) https://leafletjs.com\nuplot 1.6.32 (MIT) https://github.com/leeoniya/uPlot\nworld-atlas 2.0.2 (ISC; Natural Earth data, public domain) -> data/vietnam-outline.geojson\n' > "$vendor/VERSIONS.txt"
echo "vendored into $vendor"
