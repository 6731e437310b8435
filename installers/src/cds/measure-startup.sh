#!/usr/bin/env bash
# Adds an AppCDS archive to a packaged app image and measures the cold start of the installed
# launcher to the sign-in window, without and with the archive (median of 5 each). Needs a
# display:  xvfb-run -a bash installers/src/cds/measure-startup.sh installers/target/jpackage/SPECTRA-Lab
set -euo pipefail
image="$(cd "${1:?usage: measure-startup.sh <app image folder>}" && pwd)"
name="$(basename "$image")"
launcher="$image/bin/$name"
archive="$image/lib/app/spectra.jsa"
config="$image/lib/app/$name.cfg"
data="$(mktemp -d)"
# A configured server that does not answer: the sign-in window is what a bench PC shows first.
export SPECTRA_DATA_DIR="$data" SPECTRA_SERVER_URL="http://127.0.0.1:9"

start() { # the milliseconds from JVM start to the sign-in window on screen
  "$launcher" --exit-when-shown 2>/dev/null | sed -n 's/^Sign-in window shown \([0-9]*\) ms.*/\1/p'
}
median() { sort -n | sed -n '3p'; }

sed -i '/SharedArchiveFile/d' "$config"
rm -f "$archive"
start > /dev/null                                                          # creates the local database
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" start > /dev/null    # training run
without=$(for run in 1 2 3 4 5; do start; done | median)
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/spectra.jsa|' "$config"
with=$(for run in 1 2 3 4 5; do start; done | median)
echo "cold start to the sign-in window, median of 5: without AppCDS ${without} ms, with AppCDS ${with} ms"
# What the JVM loads before the window (and meanwhile in the background), with the archive.
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$data/classes.txt" start > /dev/null
echo "classes loaded by the time the sign-in window is shown: $(wc -l < "$data/classes.txt")" \
  "($(grep -c 'shared objects file' "$data/classes.txt") from the archive)"
# The figure for the one performance table (BenchFigures' line format), when BENCH_FIGURES names its file.
echo "figure: Cold start to the sign-in window, AppCDS = ${with} ms"
if [ -n "${BENCH_FIGURES:-}" ]; then
  printf 'Cold start to the sign-in window, AppCDS\t%s.000\tms\t< 800 ms\tthe same, without AppCDS\t%s.000\n' \
    "$with" "$without" >> "$BENCH_FIGURES"
fi
echo "archive $(du -h "$archive" | cut -f1) at $archive, used by the launcher through $config"
rm -rf "$data"
