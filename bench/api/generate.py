#!/usr/bin/env python3
"""Writes N ambient-air stations (registry JSON) and their 5-minute station files for the last HOURS hours up to
now, in the Circular 10/2021 layout (tab-separated, Vietnam time), with per-station pollution levels spread so that
the VN_AQI covers every band. Usage: generate.py OUT_DIR N HOURS"""
import json, os, random, sys
from datetime import datetime, timedelta, timezone

out, n, hours = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
vn = timezone(timedelta(hours=7))
now = datetime.now(vn).replace(second=0, microsecond=0)
last = now - timedelta(minutes=now.minute % 5)
steps = int(hours * 12)
rng = random.Random(1)
params = ["PM2.5", "PM10", "O3", "NO2", "SO2", "CO"]
stations = []
os.makedirs(os.path.join(out, "files"), exist_ok=True)
for i in range(n):
    prefix = f"BN_F{i:04d}_KHI{i % 1000:03d}"
    stations.append({
        "prefix": prefix, "nameVi": f"Trạm không khí thử số {i}", "nameEn": f"Test air station {i}", "type": "AmbientAir",
        "province": "BN", "facility": f"F{i:04d}",
        "location": {"latitude": round(9 + rng.random() * 13, 5), "longitude": round(103 + rng.random() * 6.5, 5)},
        "expectedInterval": "00:05:00",
        "mappings": [{"rawName": p, "parameterCode": p, "factor": 1} for p in params],
    })
    # PM2.5 from 5 to 300 µg/m³ across stations: AQI from Good to Hazardous.
    level = 5 + (i * 295.0 / max(1, n - 1))
    folder = os.path.join(out, "files", prefix)
    os.makedirs(folder, exist_ok=True)
    for k in range(steps):
        t = last - timedelta(minutes=5 * k)
        stamp = t.strftime("%Y%m%d%H%M%S")
        values = {"PM2.5": level * rng.uniform(0.9, 1.1), "PM10": level * 1.6 * rng.uniform(0.9, 1.1), "O3": rng.uniform(20, 120),
                  "NO2": rng.uniform(10, 80), "SO2": rng.uniform(5, 40), "CO": rng.uniform(500, 3000)}
        lines = "".join(f"{p}\t{values[p]:.2f}\tug/m3\t{stamp}\t00\r\n" for p in params)
        with open(os.path.join(folder, f"{prefix}_{stamp}.txt"), "w", encoding="utf-8", newline="") as f:
            f.write(lines)
with open(os.path.join(out, "stations.json"), "w", encoding="utf-8") as f:
    json.dump(stations, f, ensure_ascii=False)
print(f"{n} stations × {steps} files up to {last.isoformat()}", file=sys.stderr)
