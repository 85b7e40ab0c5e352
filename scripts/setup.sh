#!/usr/bin/env bash
# Installs every Debian package augurdb needs to build, test and benchmark.
# Idempotent; safe to run on a fresh Debian 12 machine as root (or with sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  librocksdb-dev libpg-query-dev libprotobuf-c-dev libsimdjson-dev
  libssl-dev openssl libasio-dev libboost-dev libzstd-dev liblz4-dev libroaring-dev
  libabsl-dev libcpp-httplib-dev libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev
  libgtest-dev libgmock-dev libbenchmark-dev libpq-dev
  postgresql postgresql-client postgresql-contrib
  python3 python3-psycopg2 python3-psycopg python3-sqlalchemy python3-django
  procps util-linux
  default-jdk-headless libpostgresql-jdbc-java
)
# node-postgres test (tests/e2e/test_node.sh): Debian's nodejs and npm, unless a node
# with its own npm is already installed (a nodejs package from elsewhere bundles npm
# and conflicts with Debian's npm package).
command -v node >/dev/null || PACKAGES+=(nodejs)
command -v npm >/dev/null || PACKAGES+=(npm)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
