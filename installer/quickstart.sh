#!/usr/bin/env bash
# Lianjian quick start on a Debian 12 machine.
#
#   installer/quickstart.sh run    # install missing packages, build (release), run the main job
#   installer/quickstart.sh test   # install missing packages, build (release), run the test suite
#
# Packages come from installer/debian-packages.txt; only the missing ones are installed.
set -euo pipefail

usage() {
  echo "usage: $0 run|test" >&2
  exit 2
}

[[ $# -eq 1 ]] || usage
mode=$1
case "$mode" in
  run | test) ;;
  *) usage ;;
esac

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

jobs=$(nproc 2>/dev/null || echo 2)

install_packages() {
  local list=installer/debian-packages.txt
  local -a wanted=() missing=()
  local line pkg status
  local -a words

  while IFS= read -r line || [[ -n $line ]]; do
    read -ra words <<<"${line%%#*}"
    wanted+=("${words[@]}")
  done <"$list"

  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "==> error: dpkg-query/apt-get not found; install the packages in $list by hand" >&2
    exit 1
  fi

  for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$pkg")
  done

  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "==> all ${#wanted[@]} Debian packages present"
    return
  fi

  local -a as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "==> error: not root and sudo not found; missing packages: ${missing[*]}" >&2
      exit 1
    fi
    as_root=(sudo)
  fi

  echo "==> installing ${#missing[@]} packages: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

install_packages

echo "==> configuring (cmake --preset release)"
cmake --preset release

echo "==> building"
cmake --build --preset release -j"$jobs"

case "$mode" in
  run)
    echo "==> running the main job"
    # ---- MAIN JOB: the workstation on the bundled demo export and its consortium file ----
    main_job=(build/release/app/gui/lianjian)
    # --------------------------------------------------------------------------------------
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
      # No screen (a server, a container): render every view offscreen to PNG files instead.
      echo "==> no display: writing screenshots of every view to build/screenshots/"
      export QT_QPA_PLATFORM=offscreen
      main_job+=(--screenshot build/screenshots)
    fi
    exec "${main_job[@]}"
    ;;
  test)
    echo "==> testing"
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    exec ctest --preset release -j"$jobs" --output-on-failure
    ;;
esac
