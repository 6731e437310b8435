#!/usr/bin/env bash
# The dashboard and the runs screen at each supported screen size and scale (issue 20), from the
# real app with the built-in demo under Xvfb. Commits at most 1600 px wide pictures to
# docs/screenshots/sizes/ (12 files, replaced in place); the full-size ones go to target/.
#   bash docs/screenshots/size-screenshots.sh
# Needs xvfb-run and the GTK libraries (see README, "Screenshots").
set -euo pipefail
cd "$(dirname "$0")/../.."
full="$PWD/target/screenshots/sizes"
committed="$PWD/docs/screenshots/sizes"
mkdir -p "$full" "$committed"
mvn -B -ntp -q install -DskipTests -Dspotless.check.skip=true -pl desktop-app -am
mvn -B -ntp -q -pl desktop-app dependency:build-classpath -Dmdep.outputFile=target/sizes.classpath \
  -Dmdep.includeScope=test
classpath="$(cat desktop-app/target/sizes.classpath):desktop-app/target/classes:desktop-app/target/test-classes"
# screen width, height, scale (the screen's pixels; the app lays out width/scale logical pixels)
for size in "1280 800 1" "1920 1080 1" "1920 1080 1.25" "2560 1440 1.5" "3840 2160 1.5" "3840 2160 2"; do
  read -r width height scale <<< "$size"
  name="${width}x${height}-$(awk "BEGIN { printf \"%d\", $scale * 100 }")"
  echo "== $name"
  xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
    java -Dglass.gtk.uiScale="$scale" -Dprism.order=sw -cp "$classpath" \
      lab.spectra.desktop.tools.SizeScreenshots "$full" "$committed" "$name"
done
