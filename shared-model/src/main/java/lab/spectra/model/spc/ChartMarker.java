package lab.spectra.model.spc;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import lab.spectra.model.instrument.InstrumentMarker;
import lab.spectra.model.recipe.Recipe;

/**
 * A mark on an SPC chart's time axis: something that happened to the instrument (a certificate
 * issued or revoked, maintenance, requalification, a move, a status change) or a new version of the
 * recipe lineage coming into force, so a shift can be read against its cause. Built the same way on
 * the bench and on the server.
 *
 * @param kind what happened, lower case: {@code calibration}, {@code maintenance},
 *     {@code requalification}, {@code relocation}, {@code status} or {@code recipe_version}
 */
public record ChartMarker(String kind, Instant at, String label) {

    public static final String RECIPE_VERSION = "recipe_version";

    public ChartMarker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The instrument's timeline and the approvals (and retirements) of the lineage's versions,
     * oldest first, limited to {@code from}..{@code to} (either may be null for open).
     *
     * @param lineage every version of the series' recipe lineage (any order)
     */
    public static List<ChartMarker> of(
            List<InstrumentMarker> instrumentTimeline, List<Recipe> lineage, Instant from, Instant to) {
        Stream<ChartMarker> instrument = instrumentTimeline.stream()
                .map(marker ->
                        new ChartMarker(marker.kind().name().toLowerCase(Locale.ROOT), marker.at(), marker.label()));
        Stream<ChartMarker> recipes = lineage.stream().flatMap(ChartMarker::ofRecipe);
        return Stream.concat(instrument, recipes)
                .filter(marker -> from == null || !marker.at().isBefore(from))
                .filter(marker -> to == null || !marker.at().isAfter(to))
                .sorted(Comparator.comparing(ChartMarker::at).thenComparing(ChartMarker::label))
                .toList();
    }

    private static Stream<ChartMarker> ofRecipe(Recipe recipe) {
        Stream.Builder<ChartMarker> markers = Stream.builder();
        if (recipe.approvedAt() != null) {
            markers.add(new ChartMarker(RECIPE_VERSION, recipe.approvedAt(), recipe.title() + " approved"));
        }
        if (recipe.retiredAt() != null) {
            markers.add(new ChartMarker(RECIPE_VERSION, recipe.retiredAt(), recipe.title() + " retired"));
        }
        return markers.build();
    }
}
