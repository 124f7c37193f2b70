#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Retakes docs/screenshots and docs/sample-plan.pdf by walking the real window through the user guide on the demo
# trust (offscreen, no display needed), then renders the PDF's first page. Usage: scripts/update-screenshots.sh
# [BUILD-DIR]. Look at every picture afterwards: that is the point.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
cmake --build "$build" --target staffpath_user_guide_shots
QT_QPA_PLATFORM=offscreen "$build/bin/staffpath_user_guide_shots" "$root/docs/screenshots"
if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$root/docs/sample-plan.pdf" "$root/docs/screenshots/plan-pdf-page1"
fi
