#!/usr/bin/env bash
# Builds an installable Stageboard from target/stageboard.jar (run by `mvn -Ppackage package`, or by hand after
# `mvn -DskipTests package`):
#   target/jpackage/stageboard/         app image: bin/stageboard, a jlink-trimmed runtime, an AppCDS archive
#   target/jpackage/stageboard_*.deb    with "deb", on Debian/Ubuntu (needs dpkg-deb and fakeroot)
# Usage: packaging/build-app.sh VERSION [deb]
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${1:?usage: packaging/build-app.sh VERSION [deb]}"
WANT_DEB="${2:-}"
JAR=target/stageboard.jar
OUT=target/jpackage
APP="$OUT/stageboard"
# What the fat jar needs (jdeps --print-module-deps), plus the CLDR locale data for Chinese and Russian and the
# zip file system the shipped templates are listed through.
MODULES=java.base,java.desktop,java.logging,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.zipfs

fail() { echo "build-app: $*" >&2; exit 2; }
[ -f "$JAR" ] || fail "$JAR is missing; run mvn -DskipTests package first"
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool not found; it ships with a full JDK 17 (not a JRE)"
done
[ -d "$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")/jmods" ] \
  || fail "the JDK has no jmods folder, which jlink needs (Debian/Ubuntu: install openjdk-17-jdk-headless; Fedora: java-17-openjdk-jmods)"

rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"

echo "build-app: jlink runtime ($MODULES)"
jlink --add-modules "$MODULES" --include-locales=en,zh,ru --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$OUT/runtime"

echo "build-app: app image"
jpackage --type app-image --name stageboard --app-version "$VERSION" --vendor Stageboard \
  --description "A whiteboard for rehearsing ML system design interviews" \
  --input "$OUT/input" --main-jar stageboard.jar --main-class org.stageboard.Launcher \
  --runtime-image "$OUT/runtime" --java-options -Dfile.encoding=UTF-8 --dest "$OUT"

# AppCDS: one headless training run (template -> board -> PNG export) records the classes a start loads; the
# launcher then maps them from the archive instead of parsing them from the jar.
echo "build-app: class-data-sharing archive"
TRAIN="$OUT/train"
mkdir -p "$TRAIN"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$APP/lib/app/stageboard.jsa" \
  "$APP/bin/stageboard" new --template spam-detection --reference -o "$TRAIN/t.stageboard" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$APP/lib/app/stageboard.jsa" \
  "$APP/bin/stageboard" export "$TRAIN/t.stageboard" -o "$TRAIN/t.png" >/dev/null 2>&1
[ -s "$APP/lib/app/stageboard.jsa" ] || fail "the class-data-sharing archive was not written"
# -Xshare:auto: if the archive does not match (another JDK build), the app starts without it, silently
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/stageboard.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off|' \
  "$APP/lib/app/stageboard.cfg"
rm -rf "$TRAIN"

if [ "$WANT_DEB" = "deb" ] || [ "$WANT_DEB" = "--deb" ]; then
  command -v dpkg-deb >/dev/null 2>&1 || fail "dpkg-deb not found (Debian/Ubuntu: apt-get install dpkg-dev)"
  command -v fakeroot >/dev/null 2>&1 || fail "fakeroot not found (Debian/Ubuntu: apt-get install fakeroot)"
  echo "build-app: .deb"
  # packaging/linux/stageboard.desktop replaces jpackage's menu entry, whose Exec line passes no file (%f), so a
  # double-clicked .stageboard would open an empty window
  jpackage --type deb --app-image "$APP" --name stageboard --app-version "$VERSION" --vendor Stageboard \
    --description "A whiteboard for rehearsing ML system design interviews" \
    --linux-shortcut --linux-menu-group "Education;Office" --linux-app-category education \
    --file-associations packaging/stageboard-files.properties --resource-dir packaging/linux --dest "$OUT"
fi
echo "build-app: done: $APP/bin/stageboard"
