package lab.spectra.desktop.runs;

import lab.spectra.model.run.Run;

/** A run with the names a person recognizes it by. */
public record RunRow(Run run, String recipe, String instrument, String sample, String operator) {

    /**
     * "IV sweep v2": the recipe and the exact version the run followed, pinned when it started;
     * a later version of the recipe does not change what an old run shows.
     */
    public String recipeVersion() {
        return recipe + " v" + run.recipeVersion();
    }
}
