package lab.spectra.desktop.runs;

import lab.spectra.model.run.Run;

/** A run with the names a person recognizes it by. */
public record RunRow(Run run, String recipe, String instrument, String sample, String operator) {}
