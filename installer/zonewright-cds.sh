#!/bin/sh
# Makes the class-data-sharing archive of an installed Zonewright: the classes the editor loads up to its
# first frame (lib/app/zonewright.classlist, recorded when the package was built), read and verified once
# and mapped by every later start (the launcher asks for lib/app/zonewright.jsa; without it, or with a stale
# one, Java starts as usual, only slower). The archive records where the jars are, so it is made where
# the application lives: by the package's postinst, and by the build for its own app image.
# Usage: zonewright-cds.sh [ROOT]   (ROOT: the application folder, by default the one above this script's)
set -eu
root=${1:-$(cd "$(dirname "$0")/.." && pwd -P)}
app="$root/lib/app"
[ -f "$app/zonewright.classlist" ] || { echo "zonewright-cds: no class list in $app" >&2; exit 1; }
# The class path exactly as the launcher builds it from its configuration, or the archive would not apply.
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$app|p" "$app/zonewright.cfg" | paste -sd: -)
rm -f "$app/zonewright.jsa"
"$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/zonewright.classlist" \
  -XX:SharedArchiveFile="$app/zonewright.jsa" -cp "$classpath" >/dev/null
