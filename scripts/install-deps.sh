#!/usr/bin/env bash
# Installs everything Vigil needs to build, test and run its demo on Debian 12.
# Idempotent: packages already present are left alone, apt is only called when
# something is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qtkeychain-qt6-dev at-spi2-core libsecret-1-0 dbus gnome-keyring
    qt6-declarative-dev qt6-declarative-dev-tools qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-templates
    qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qt-labs-folderlistmodel qml6-module-qtcharts
    xvfb xauth trayer dunst imagemagick xdotool fonts-dejavu-core
    qt6-gtk-platformtheme gnome-themes-extra fonts-wqy-microhei
    sqlite3 procps curl
    libqt6sql6-psql postgresql-15
    dpkg-dev lintian appstream desktop-file-utils debootstrap bash-completion
    clang libclang-rt-dev clang-tidy clang-format cppcheck python3
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

# The official SDKs' checks run on Node.js; a node installed some other way will do.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
else
    sudo=
fi
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
