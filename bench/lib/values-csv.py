# One CSV row station,parameter,observed_at,value,unit,status per value of the station files under a folder,
# read with the rules that matter for the count (5 fields per record, 5·k per line, a later duplicate of the same
# parameter and time replaces an earlier one). The baseline input of the ingest benchmarks.
# Usage: python3 values-csv.py INBOX OUT.csv
import csv, os, sys
inbox, out = sys.argv[1], sys.argv[2]
rows = 0
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["station", "parameter", "observed_at", "value", "unit", "status"])
    for d, _, names in os.walk(inbox):
        for name in sorted(names):
            if name.startswith(".") or not name.lower().endswith(".txt") or "_" not in name:
                continue
            station = name.rsplit("_", 1)[0]
            recs = {}
            with open(os.path.join(d, name), encoding="utf-8-sig", errors="replace") as g:
                for line in g:
                    fields = [x.strip(" ") for x in line.rstrip("\r\n").split("\t")]
                    while fields and fields[-1] == "":
                        fields.pop()
                    if not fields or len(fields) % 5:
                        continue
                    for i in range(0, len(fields), 5):
                        p, v, u, t, s = fields[i:i + 5]
                        if p and len(t) == 14 and t.isdigit():
                            recs[(p.lower(), t)] = (p, t, v, u, s)
            for p, t, v, u, s in recs.values():
                w.writerow([station, p, t, v, u, s])
                rows += 1
print(f"{rows} baseline rows", file=sys.stderr)
