#!/bin/sh
# Builds the Linux app image and .deb of Zonewright from the packaged jar (mvn package), with jpackage
# and a runtime made by jlink. Run by `mvn -Pinstaller package`; needs a JDK 17, dpkg-deb and fakeroot.
# Usage: installer/build-linux.sh VERSION
set -eu
version=${1:?version}
numeric=${version%%-*}
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/.." && pwd -P)
target="$root/target"
out="$target/installer"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null || { echo "installer: $tool is needed to build the .deb (apt-get install $tool)" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/input/lib"
cp "$target/zonewright.jar" "$out/input/"
cp "$target"/lib/*.jar "$out/input/lib/"

# The modules the application and its libraries use (jdeps), and the desktop ones JavaFX loads by name.
"$java_home/bin/jlink" --output "$out/runtime" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs

"$java_home/bin/jpackage" --type app-image --dest "$out" --name zonewright --app-version "$numeric" \
  --input "$out/input" --main-jar zonewright.jar --main-class io.zonewright.Launcher \
  --runtime-image "$out/runtime" --icon "$root/icons/app/zonewright-256.png" \
  --description "Network topology editor: trust zones, allowed connections, least-privilege analysis" \
  --vendor "Zonewright" --java-options "-XX:+UseSerialGC"

"$java_home/bin/jpackage" --type deb --dest "$out" --name zonewright --app-version "$numeric" \
  --app-image "$out/zonewright" --icon "$root/icons/app/zonewright-256.png" \
  --description "Network topology editor: trust zones, allowed connections, least-privilege analysis" \
  --vendor "Zonewright" --linux-package-name zonewright --linux-app-category devel \
  --linux-menu-group "Development" --linux-shortcut --resource-dir "$here/deb" \
  --linux-package-deps "libgtk-3-0, libgl1" --linux-deb-maintainer "maintainers@zonewright.io" \
  --file-associations "$here/design-files.properties"

# The command line on the PATH: the package gains /usr/bin/zonewright, a link to the launcher in /opt.
deb=$(ls "$out"/zonewright_*.deb)
work="$out/deb-root"
rm -rf "$work"
dpkg-deb -R "$deb" "$work"
mkdir -p "$work/usr/bin"
ln -s /opt/zonewright/bin/zonewright "$work/usr/bin/zonewright"
fakeroot dpkg-deb -Zxz -b "$work" "$deb" >/dev/null
rm -rf "$work"
echo "built $deb"
