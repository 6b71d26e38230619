#!/usr/bin/env bash
# Installs what readout needs to build and test, from Debian 12 packages only.
# Does nothing when everything is present. Uses sudo when not root. Non-interactive.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libboost-graph-dev rapidjson-dev libraptor2-dev libcli11-dev catch2
  raptor2-utils serdi graphviz rasqal-utils nodejs npm python3
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# nodejs may come from another source than Debian's package (with npm bundled): accept a working node + npm.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) != 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
