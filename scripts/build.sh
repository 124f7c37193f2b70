#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds into ./build (or $STAFFPATH_BUILD_DIR). Extra arguments go to CMake's configure step.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${STAFFPATH_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Without these ccache compiles every source that uses a precompiled header but never caches it.
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" "$@" \
    >/dev/null
cmake --build "$build" --parallel "$jobs"
