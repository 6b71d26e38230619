#!/usr/bin/env bash
# Installs what readout needs to build and test, from Debian 12 packages only.
# Does nothing when everything is present. Uses sudo when not root. Non-interactive.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libboost-graph-dev rapidjson-dev libraptor2-dev libcli11-dev catch2
  raptor2-utils graphviz rasqal-utils serdi nodejs npm python3
  python3-distributed
  python3-networkx doxygen help2man groff-base make
  time curl
  valgrind
)

# Optional: only tests/e2e/virtuoso.sh needs it, and it skips (exit 77) when it is missing.
optional=(virtuoso-opensource)

missing=()
for p in "${packages[@]}" "${optional[@]}"; do
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
required=()
for p in "${missing[@]}"; do [[ " ${optional[*]} " == *" $p "* ]] || required+=("$p"); done
if ((${#required[@]} > 0)); then
  $sudo apt-get install -y -qq --no-install-recommends "${required[@]}" >/dev/null
fi
if [[ " ${missing[*]} " == *" virtuoso-opensource "* ]]; then
  # The package asks (debconf) for the DBA password of its system-wide instance. Preseed the answer
  # so the install never waits for input; the tests never use that instance (tests/e2e/virtuoso.sh
  # starts a private server on loopback with its own temporary database and virtuoso.ini).
  printf '%s\n' \
    'virtuoso-opensource-7 virtuoso-opensource-7/dba-password password ' \
    'virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password ' | $sudo debconf-set-selections
  if $sudo apt-get install -y -qq --no-install-recommends virtuoso-opensource >/dev/null; then
    # Where services may start, the install has just started the system-wide instance (all
    # interfaces, ports 1111/8890, default password). Nothing here uses it: stop it again.
    $sudo invoke-rc.d virtuoso-opensource-7 stop >/dev/null 2>&1 || true
  else
    echo "setup: virtuoso-opensource could not be installed; tests/e2e/virtuoso.sh will be skipped" >&2
  fi
fi
