#!/usr/bin/env bash
# Installs everything D360 Exporter needs to build, run and test on Debian 12.
#
# One list, one apt-get call: the README's two commands and CI both start here,
# so a fresh machine and a developer's machine end up with the same packages.
# It is idempotent and quiet: when every package is already installed it asks
# dpkg, finds nothing missing, and returns without touching the network.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6 (6.4 on Debian 12 is the floor)
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
    # the state database: Qt SQL's SQLite driver (a plug-in, found at run time)
    libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev qt6-image-formats-plugins
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libgl-dev
    # the window reads the font configuration on a second thread at start
    libfontconfig-dev
    # secrets and archives
    qtkeychain-qt6-dev libquazip1-qt6-dev
    # SHA-256 of downloads at disk speed (Qt's own is ten times slower):
    # OpenSSL's libcrypto, linked (find_package(OpenSSL)); brings libssl3
    libssl-dev
    # comparing HTML exports: the text of a page, by libxml2's forgiving
    # HTML parser (find_package(LibXml2))
    libxml2-dev
    # diffs of two exports (compare/TextDiff): libgit2 diffs two texts like
    # git does, DTL (header-only) counts the words added and removed
    libgit2-dev libdtl-dev
    # a real Secret Service and a real display for the tests
    dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth x11-apps xdotool imagemagick
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk
    # a real browser for the OAuth sign-in tests
    chromium
    # checks on what the sandbox serves
    curl poppler-utils unzip python3
    # the package: icons rendered from the SVG (PNG, ICO, ICNS), and the
    # tests that judge it with Debian's own tools, in a fresh Debian root
    librsvg2-bin icoutils icnsutils
    desktop-file-utils appstream lintian mmdebstrap piuparts man-db groff-base
    bash-completion zsh fish
    # the fuzz targets (libFuzzer is in clang's runtime libraries) and
    # readable sanitizer stack traces (llvm-symbolizer)
    clang-14 libclang-rt-14-dev llvm-14
    # the style test: the C++ sources as .clang-format lays them out
    clang-format-14
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: these packages are missing and installing them needs root:" >&2
    echo "  ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done" >&2
