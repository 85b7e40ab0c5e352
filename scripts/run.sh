#!/usr/bin/env bash
# Builds augurdb and starts it in the foreground: 127.0.0.1:5432, data in
# ./augurdb-data (created on first start). Arguments are passed to the server
# (--port, --listen, --data-dir; see `augurdb --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh augurdb
exec "${AUGUR_BUILD_DIR:-build}/src/server/augurdb" "$@"
