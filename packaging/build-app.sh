#!/usr/bin/env bash
# Builds an installable Stageboard from target/stageboard.jar (run by `mvn -Ppackage package`, or by hand after
# `mvn -DskipTests package`):
#   target/jpackage/stageboard/         app image: bin/stageboard, a jlink-trimmed runtime, an AppCDS archive
#   target/jpackage/stageboard_*.deb    with "deb", on Debian/Ubuntu (needs dpkg-deb and fakeroot)
# Usage: [APP_JVM_OPTIONS="..."] packaging/build-app.sh VERSION [deb]
#   APP_JVM_OPTIONS: JVM options the launcher adds (the pom's app.jvm.options, which mvn -Ppackage passes)
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${1:?usage: packaging/build-app.sh VERSION [deb]}"
WANT_DEB="${2:-}"
APP_JVM_OPTIONS="${APP_JVM_OPTIONS:-}"
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
  --runtime-image "$OUT/runtime" --java-options "-Dfile.encoding=UTF-8 $APP_JVM_OPTIONS" --dest "$OUT"

# AppCDS: three headless training runs record the classes each kind of start loads (the window up to its first
# frame, through the start-up probe; a PNG export; a check), and one static archive is dumped from their union,
# so the window and the commands all map their classes from it instead of parsing them from the jar. (A dynamic
# archive, -XX:ArchiveClassesAtExit, keeps only the last run's classes.) The class path must be the one the
# launcher uses, so the archive is dumped against the image's own jar, and only applies where it was built.
echo "build-app: class-data-sharing archive"
TRAIN="$OUT/train"
mkdir -p "$TRAIN/home"
JAR_IN_APP="$(readlink -f "$APP/lib/app/stageboard.jar")"
HEADLESS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true"
train() { # LIST "JAVA OPTIONS" ARGS...: runs the launcher once, recording the classes it loads into LIST
  local list="$1" opts="$2"; shift 2
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list $HEADLESS -Dstageboard.home=$TRAIN/home $opts" \
    timeout 300 "$APP/bin/stageboard" "$@" >/dev/null 2>&1 || true
}
train "$TRAIN/new.classes" "" new --template spam-detection --reference -o "$TRAIN/t.stageboard"
[ -s "$TRAIN/t.stageboard" ] || fail "the training board was not written"
train "$TRAIN/window.classes" -Dstageboard.firstFrameProbe=true
train "$TRAIN/export.classes" "" export "$TRAIN/t.stageboard" -o "$TRAIN/t.png"
train "$TRAIN/check.classes" "" check "$TRAIN/t.stageboard"
# the union, each class once (a list numbers its classes; the numbers only matter for custom loaders' lines)
cat "$TRAIN"/*.classes | sed 's/ id: [0-9]*$//' | sort -u > "$TRAIN/all.classes"
"$APP/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$TRAIN/all.classes" \
  -XX:SharedArchiveFile="$APP/lib/app/stageboard.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$JAR_IN_APP" >"$TRAIN/dump.log" 2>&1 || fail "the class-data-sharing dump failed (see $TRAIN/dump.log)"
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
