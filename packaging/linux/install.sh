#!/bin/sh
# Install Defender from this folder (the unpacked tarball), for you or for every account.
#
#   ./install.sh               for you only: ~/.local/opt/defender, menu entry, `defender-app`
#   sudo ./install.sh --system for every account: /opt/defender, /usr/local/bin, /usr/local/share
#   ./install.sh --uninstall   remove the program (add --system if it was installed that way)
#
# Installing, upgrading or uninstalling never touches your records: the vault lives in
# ~/.local/share/Defender (or the folder you chose with --home / DEFENDER_HOME).
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
ID=io.github.defender.Defender
MODE=user
ACTION=install
CHECK=yes
for arg in "$@"; do
    case "$arg" in
        --system) MODE=system ;;
        --uninstall) ACTION=uninstall ;;
        --no-check) CHECK=no ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

if [ "$MODE" = system ]; then
    APPDIR=/opt/defender
    BINDIR=/usr/local/bin
    SHARE=/usr/local/share
else
    APPDIR="$HOME/.local/opt/defender"
    BINDIR="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

refresh() {  # menus and icon themes pick the new files up now rather than at next login
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || :
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || :
    fi
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$APPDIR"
    rm -f "$BINDIR/defender-app" "$BINDIR/defender"
    rm -f "$SHARE/applications/$ID.desktop" "$SHARE/metainfo/$ID.metainfo.xml"
    rm -f "$SHARE"/icons/hicolor/*/apps/"$ID".png "$SHARE/icons/hicolor/scalable/apps/$ID.svg"
    refresh
    echo "Defender was removed. Your records were not touched."
    exit 0
fi

[ -x "$HERE/defender-app" ] || { echo "install.sh: run me from the unpacked Defender folder" >&2; exit 1; }

# Copy beside the old version, then swap: an interrupted upgrade leaves the old one working.
mkdir -p "$(dirname "$APPDIR")"
rm -rf "$APPDIR.new"
mkdir -p "$APPDIR.new"
for item in defender-app defender _internal README.txt LICENSE; do
    if [ -e "$HERE/$item" ]; then cp -R "$HERE/$item" "$APPDIR.new/"; fi
done
rm -rf "$APPDIR.old"
if [ -e "$APPDIR" ]; then mv "$APPDIR" "$APPDIR.old"; fi
mv "$APPDIR.new" "$APPDIR"
rm -rf "$APPDIR.old"

mkdir -p "$BINDIR" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$APPDIR/defender-app" "$BINDIR/defender-app"
if [ -x "$APPDIR/defender" ]; then ln -sf "$APPDIR/defender" "$BINDIR/defender"; fi

escaped="$(printf '%s' "$APPDIR" | sed 's/[\\&|]/\\&/g')"
sed -e "s|^Exec=defender-app|Exec=\"$escaped/defender-app\"|" \
    -e "s|^TryExec=defender-app|TryExec=$escaped/defender-app|" \
    "$HERE/share/applications/$ID.desktop" > "$SHARE/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$SHARE/metainfo/"
mkdir -p "$SHARE/icons"
cp -R "$HERE/share/icons/hicolor" "$SHARE/icons/"
refresh

echo "Defender is installed in $APPDIR."
if [ "$CHECK" = yes ]; then
    echo "Checking it works (a window may open for a moment)..."
    if "$APPDIR/defender-app" --selftest >/dev/null 2>&1; then
        echo "Check passed."
    else
        echo "The check FAILED. Run this to see why:  $APPDIR/defender-app --selftest" >&2
        exit 1
    fi
fi
echo "Start it from the applications menu (Defender) or with: defender-app"
case ":$PATH:" in
    *":$BINDIR:"*) ;;
    *) echo "(Add $BINDIR to your PATH to type defender-app in a terminal.)" ;;
esac
