#!/bin/sh
# Measures how long the editor takes from process start to its first drawn frame on the article sample,
# as a user sees it, from the app image the installer build made (or the jar: measure-startup.sh jar), and
# to the frame after it, where the panels made once the first frame is drawn (the findings' table) show.
# Runs it N times (default 5) and prints each time in ms, then the median. Without a display it starts
# one virtual X server (xvfb-run) for all runs, so that the server's own start is not counted.
# Usage: installer/measure-startup.sh [app|jar] [N]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
how=${1:-app}
runs=${2:-5}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$how" "$runs"
fi
case "$how" in
  app) command="$root/target/installer/zonewright/bin/zonewright" ;;
  jar) command="java -jar $root/target/zonewright.jar" ;;
  *) echo "usage: $0 [app|jar] [N]" >&2; exit 2 ;;
esac
times=""
wholes=""
i=0
while [ "$i" -lt "$runs" ]; do
  start=$(date +%s%3N)
  probe=$(ZONEWRIGHT_STARTUP_PROBE=1 $command 2>/dev/null)
  shown=$(echo "$probe" | sed -n 's/^first frame at //p')
  whole=$(echo "$probe" | sed -n 's/^whole window at //p')
  times="$times $((shown - start))"
  wholes="$wholes $((whole - start))"
  i=$((i + 1))
done
median() {
  tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
echo "process start to first frame (ms):$times"
echo "median: $(echo "$times" | median) ms"
echo "process start to the whole window, the findings' table drawn too (ms):$wholes"
echo "median: $(echo "$wholes" | median) ms"
