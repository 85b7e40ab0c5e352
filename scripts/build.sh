#!/usr/bin/env bash
# Installs the Debian packages (scripts/setup.sh), then configures and builds
# augurdb with CMake + Ninja (+ ccache) into ./build. Extra args go to ninja.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${AUGUR_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
ninja -C "$BUILD_DIR" -j"$(nproc)" "$@"
