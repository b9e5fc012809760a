# CPU seconds (user + system) of the PostgreSQL backends serving one database, sampled every 50 ms from /proc
# until SIGTERM; then prints the total. Backends are recognised by their process title
# ("postgres: 15/main: USER DBNAME …"); a backend's last < 50 ms are missed. Other users of the server are not counted.
# Usage: python3 pg-cpu.py DBNAME & … ; kill $!; wait $!
import os, signal, sys, time
db = sys.argv[1].encode()
tick = os.sysconf("SC_CLK_TCK")
seen = {}
done = False
def stop(*_):
    global done
    done = True
signal.signal(signal.SIGTERM, stop)
def sample():
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            title = open(f"/proc/{pid}/cmdline", "rb").read()
            if not title.startswith(b"postgres: ") or b" " + db + b" " not in title:
                continue
            f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seen[pid] = int(f[11]) + int(f[12])
while not done:
    sample()
    time.sleep(0.05)
sample()
print(f"{sum(seen.values()) / tick:.2f}")
