#!/usr/bin/env bash
# Build the Linux release of the desktop app and check it, from the repository root:
#
#   packaging/build.sh            (what `make package` runs, after `make translations`)
#
# 1. PyInstaller one-folder bundle  -> dist/defender/          (defender-app, defender, _internal/)
# 2. checks: the Qt platform plugins find every library; `--version`; `--selftest` (offscreen)
# 3. tarball with desktop integration -> dist/defender-VERSION-linux-ARCH.tar.gz
# 4. size and cold start to the unlock window -> build/package-metrics.json
#    (and merged into $RESULTS, e.g. bench/results.json, when that variable is set)
#
# Build on the oldest Linux you support: the bundle needs the build machine's glibc or newer
# (see packaging/README-sections.md, "Building the Linux release").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PY:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
BUNDLE="$DIST/defender"
APP_ID="io.github.defender.Defender"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'package: %s\n' "$*" >&2; exit 1; }

VERSION="$("$PY" -c 'from defender_app import __version__; print(__version__)')"
ARCH="$(uname -m)"
NAME="defender-$VERSION-linux-$ARCH"

"$PY" -m PyInstaller --version >/dev/null 2>&1 \
    || die "PyInstaller is missing: .venv/bin/pip install -e '.[package]'"

say "PyInstaller bundle of Defender $VERSION"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" packaging/defender.spec

say "Qt platform plugins resolve every library (bundled or system)"
QT="$BUNDLE/_internal/PySide6/Qt"
missing="$(LD_LIBRARY_PATH="$BUNDLE/_internal:$QT/lib" ldd \
    "$QT/plugins/platforms/libqxcb.so" "$QT/plugins/platforms/libqwayland.so" \
    "$QT/lib/libQt6XcbQpa.so.6" 2>/dev/null | grep 'not found' | sort -u || true)"
if [ -n "$missing" ]; then
    printf '%s\n' "$missing" >&2
    die "install these on the build machine so they are bundled (Debian/Ubuntu):
  apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \\
                  libxcb-render-util0 libxkbcommon-x11-0 libwayland-cursor0 libwayland-egl1"
fi
echo "ok"

say "Smoke test of the frozen app"
got="$("$BUNDLE/defender-app" --version)"
[ "$got" = "Defender $VERSION" ] || die "--version said '$got', expected 'Defender $VERSION'"
echo "$got"
QT_QPA_PLATFORM=offscreen "$BUNDLE/defender-app" --selftest 2> >(grep -v propagateSizeHints >&2) \
    || die "the frozen app failed its selftest"
if [ -x "$BUNDLE/defender" ]; then
    "$BUNDLE/defender" --help >/dev/null || die "the frozen command line does not start"
fi

say "Tarball $NAME.tar.gz"
STAGE="$ROOT/build/stage/$NAME"
rm -rf "$ROOT/build/stage" && mkdir -p "$STAGE"
cp -a "$BUNDLE/." "$STAGE/"
install -Dm644 "packaging/$APP_ID.desktop" "$STAGE/share/applications/$APP_ID.desktop"
install -Dm644 "packaging/$APP_ID.metainfo.xml" "$STAGE/share/metainfo/$APP_ID.metainfo.xml"
for png in packaging/icons/hicolor/*/apps/"$APP_ID.png"; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    install -Dm644 "$png" "$STAGE/share/icons/hicolor/$size/apps/$APP_ID.png"
done
install -Dm644 "packaging/icons/$APP_ID.svg" "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m755 packaging/linux/install.sh "$STAGE/install.sh"
install -m644 packaging/linux/README.txt "$STAGE/README.txt"
[ -f LICENSE ] && install -m644 LICENSE "$STAGE/LICENSE"
# Reproducible-ish: fixed owner, sorted names, the commit's time for every file.
MTIME="$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$MTIME" \
    -C "$ROOT/build/stage" -czf "$DIST/$NAME.tar.gz" "$NAME"
ls -l "$DIST/$NAME.tar.gz"

say "Size and cold start to the unlock window"
mkdir -p "$ROOT/build"
"$PY" packaging/measure.py --bundle "$BUNDLE" --results "$ROOT/build/package-metrics.json" \
    ${RESULTS:+--results "$RESULTS"}
