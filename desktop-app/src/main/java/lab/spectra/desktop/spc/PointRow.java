package lab.spectra.desktop.spc;

import lab.spectra.model.spc.SpcPoint;

/**
 * A point with what its tooltip names: the run's recipe and version, the sample and the operator.
 *
 * @param recipeVersion the version of the recipe the run used, 0 when the run is not on this bench
 */
public record PointRow(SpcPoint point, String recipeName, int recipeVersion, String sampleName, String operatorName) {

    /** "IV sweep v2 on W-017", or what is known of it. */
    public String runText() {
        return recipeName + (recipeVersion > 0 ? " v" + recipeVersion : "") + " on " + sampleName;
    }
}
