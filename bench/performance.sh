#!/usr/bin/env bash
# The one performance command (issue 19): runs every harness against PostgreSQL on loopback and
# prints the table of figures beside their goals, floors and ratios. Not a test, and not part of CI:
#   bash bench/performance.sh            # everything (about 10 minutes on 2 cores)
#   BENCH_ONLY="sync rest" bash bench/performance.sh
# Harnesses: sync (initial pull with the COPY floor, push with the server-alone floor), rest (50
# connections: samples pages, /auth/me, the /health floor), live (a change from bench to bench), lists
# (a bench with 100,000 samples and 10,000 runs), start (cold start of the app image, when it has been
# built by `mvn -pl installers -am package` and Xvfb is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
only="${BENCH_ONLY:-sync rest live lists start}"
figures="$PWD/target/bench/figures.tsv"
mkdir -p "$(dirname "$figures")" && : > "$figures"
wants() { [[ " $only " == *" $1 "* ]]; }

pg_isready -q 2>/dev/null || bash .ci/setup-postgres.sh > /dev/null
# The app image is rebuilt too when the cold start is measured (it is what a bench PC runs).
modules=desktop-app; wants start && modules=installers
mvn -B -ntp -q install -DskipTests -Dspotless.check.skip=true -pl "$modules" -am

run_in() { # module, main class
  local module="$1" main="$2"; shift 2
  echo "== $main"
  mvn -B -ntp -q -pl "$module" exec:java -Dspotless.check.skip=true -Dexec.classpathScope=test \
    -Dexec.mainClass="$main" -Dbench.figures="$figures" "$@"
}

wants sync  && run_in desktop-app lab.spectra.desktop.bench.SyncBenchmark
wants rest  && run_in sync-server lab.spectra.server.bench.RequestsBenchmark
wants live  && run_in desktop-app lab.spectra.desktop.bench.LiveUpdateLatency
if wants lists; then
  # It starts a fresh JVM of its own with the app's options, from its own class path: not exec:java.
  echo "== lab.spectra.desktop.bench.BenchAtScaleBenchmark"
  mvn -B -ntp -q -pl desktop-app dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
  java -Dbench.figures="$figures" \
    -cp "$(cat desktop-app/target/bench.classpath):desktop-app/target/classes:desktop-app/target/test-classes" \
    lab.spectra.desktop.bench.BenchAtScaleBenchmark
fi

image=installers/target/jpackage/SPECTRA-Lab
if wants start; then
  if [ -d "$image" ] && command -v xvfb-run > /dev/null; then
    echo "== cold start ($image)"
    BENCH_FIGURES="$figures" xvfb-run -a bash installers/src/cds/measure-startup.sh "$image"
  else
    echo "== cold start skipped: build the app image (mvn -pl installers -am package) and install xvfb"
  fi
fi

echo
mvn -B -ntp -q -pl sync-server exec:java -Dspotless.check.skip=true -Dexec.classpathScope=test \
  -Dexec.mainClass=lab.spectra.server.bench.PerformanceTable -Dexec.args="$figures"
