#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages StaffPath builds and tests with; asks for sudo only when something is missing
# and we are not root. Safe to run again: it installs nothing that is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql postgresql libqt6svg6 qt6-qpa-plugins libqt6opengl6-dev libgl-dev libvulkan-dev
    nlohmann-json3-dev libsqlite3-dev libsodium-dev libxlsxwriter-dev libgtest-dev libgmock-dev libbenchmark-dev
    clang-format sqlite3 poppler-utils xvfb xauth fonts-dejavu-core util-linux python3 ccache lld
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "StaffPath needs these Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "error: not root and no sudo; install them as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
