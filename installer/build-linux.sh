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
# JavaFX's native libraries as files beside its jars, where it looks first: left in the jars, every start
# unpacks them to ~/.openjfx/cache and checksums the jar's copy against the cached one (~40 ms of a start).
for jar in "$out"/input/lib/javafx-*-linux.jar; do
  natives=$("$java_home/bin/jar" tf "$jar" | grep '^lib[^/]*\.so$' || true)
  [ -z "$natives" ] || (cd "$out/input/lib" && "$java_home/bin/jar" xf "$jar" $natives)
done

# The modules the application and its libraries use (jdeps), and the desktop ones JavaFX loads by name.
"$java_home/bin/jlink" --output "$out/runtime" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs

# C2 compiles a method once it has run twenty times as often as by default. At start, its compiles of the
# toolkit's and the window's code take the second core from the FX thread (~0.2 s of a 1.4 s start on two
# cores); the analysis and the routing of a large design run that often within their first pass anyway.
late_c2="-XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000 -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000"
"$java_home/bin/jpackage" --type app-image --dest "$out" --name zonewright --app-version "$numeric" \
  --input "$out/input" --main-jar zonewright.jar --main-class io.zonewright.Launcher \
  --runtime-image "$out/runtime" --icon "$root/icons/app/zonewright-256.png" \
  --description "Network topology editor: trust zones, allowed connections, least-privilege analysis" \
  --vendor "Zonewright" --java-options "-XX:+UseSerialGC" --java-options '-XX:SharedArchiveFile=$APPDIR/zonewright.jsa' \
  --java-options "$late_c2"

# The classes a first start loads up to its first frame, recorded by starting the editor once (on a virtual
# display where there is none, with a home of its own so that no earlier session's state is offered); the
# package makes its class-data archive from them where it is installed (zonewright-cds.sh).
cp "$here/zonewright-cds.sh" "$out/zonewright/lib/"
scratch=$(mktemp -d)
record() {
  ZONEWRIGHT_STARTUP_PROBE=1 JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$out/zonewright/lib/app/zonewright.classlist -Duser.home=$scratch" \
    "$@" "$out/zonewright/bin/zonewright" >/dev/null 2>&1
}
if command -v xvfb-run >/dev/null; then
  record xvfb-run -a -s "-screen 0 1600x1000x24"
elif [ -n "${DISPLAY:-}" ]; then
  record env
fi
rm -rf "$scratch"
if [ ! -s "$out/zonewright/lib/app/zonewright.classlist" ]; then
  echo "installer: the editor could not be started (xvfb-run and GTK 3 are needed): the package will start without a class-data archive" >&2
  rm -f "$out/zonewright/lib/app/zonewright.classlist"
fi

"$java_home/bin/jpackage" --type deb --dest "$out" --name zonewright --app-version "$numeric" \
  --app-image "$out/zonewright" --icon "$root/icons/app/zonewright-256.png" \
  --description "Network topology editor: trust zones, allowed connections, least-privilege analysis" \
  --vendor "Zonewright" --linux-package-name zonewright --linux-app-category devel \
  --linux-menu-group "Development" --linux-shortcut --resource-dir "$here/deb" \
  --linux-package-deps "libgtk-3-0, libgl1" --linux-deb-maintainer "maintainers@zonewright.io" \
  --file-associations "$here/design-files.properties"

# The command line on the PATH: the package gains /usr/bin/zonewright, a link to the launcher in /opt.
# The menu entry, the MIME type of design files and the icon in every size go where Debian's desktop
# packages index them by trigger (jpackage would register them with xdg-utils in its maintainer scripts,
# which fail where no desktop ever was, and with them the installation; installer/deb has ours).
deb=$(ls "$out"/zonewright_*.deb)
work="$out/deb-root"
rm -rf "$work"
dpkg-deb -R "$deb" "$work"
mkdir -p "$work/usr/bin" "$work/usr/share/applications" "$work/usr/share/mime/packages"
ln -s /opt/zonewright/bin/zonewright "$work/usr/bin/zonewright"
mv "$work/opt/zonewright/lib/zonewright-zonewright.desktop" "$work/usr/share/applications/zonewright.desktop"
mv "$work/opt/zonewright/lib/zonewright-zonewright-MimeInfo.xml" "$work/usr/share/mime/packages/zonewright.xml"
rm "$work/opt/zonewright/lib/zonewright.png"
for png in "$root"/icons/app/zonewright-*.png; do
  size=${png##*-}
  size=${size%.png}
  install -D -m 644 "$png" "$work/usr/share/icons/hicolor/${size}x${size}/apps/zonewright.png"
done
install -D -m 644 "$root/icons/app/zonewright.svg" "$work/usr/share/icons/hicolor/scalable/apps/zonewright.svg"
sed -i 's/xdg-utils, //' "$work/DEBIAN/control"
fakeroot dpkg-deb -Zxz -b "$work" "$deb" >/dev/null
rm -rf "$work"
# The app image of the build starts from where it is, with its own archive.
if [ -f "$out/zonewright/lib/app/zonewright.classlist" ]; then
  "$out/zonewright/lib/zonewright-cds.sh"
fi
echo "built $deb"
