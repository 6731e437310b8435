package lab.spectra.desktop.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Sample;

/**
 * What the quick search reads from the bench's copy: samples by barcode (a scanned code first) or
 * name, instruments by name or serial number, recipes by name, and the latest runs of the samples
 * found. Each kind is read a few rows at a time, never a whole table.
 */
public final class QuickSearchQueries {

    private static final String SAMPLES = "SELECT " + LocalRows.columns(Table.SAMPLES, "s")
            + " FROM samples s WHERE s.organization_id = ? AND s.deleted_at IS NULL"
            + " AND (LOWER(s.barcode) = ? OR LOWER(s.barcode) LIKE ? OR LOWER(s.name) LIKE ?)"
            + " ORDER BY CASE WHEN LOWER(s.barcode) = ? THEN 0 ELSE 1 END, s.name, s.id LIMIT ?";
    private static final String INSTRUMENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENTS, "i")
            + " FROM instruments i WHERE i.organization_id = ? AND i.deleted_at IS NULL"
            + " AND (LOWER(i.name) LIKE ? OR LOWER(i.serial_number) LIKE ?) ORDER BY i.name, i.id LIMIT ?";
    private static final String RECIPES = "SELECT " + LocalRows.columns(Table.RECIPES, "r")
            + " FROM recipes r WHERE r.organization_id = ? AND r.deleted_at IS NULL AND LOWER(r.name) LIKE ?"
            + " ORDER BY r.name, r.version DESC, r.id LIMIT ?";
    private static final String RUNS_OF_SAMPLE = "SELECT " + LocalRows.columns(Table.RUNS, "r")
            + " FROM runs r WHERE r.organization_id = ? AND r.sample_id = ?"
            + " ORDER BY r.started_at DESC NULLS FIRST, r.id DESC LIMIT ?";
    private static final String RECIPE_NAMES =
            "SELECT " + LocalRows.columns(Table.RECIPES, "r") + " FROM recipes r WHERE r.organization_id = ?";

    private final LocalReads reads;

    public QuickSearchQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** At most {@code limit} of each kind for {@code text} (two characters at least). */
    public List<Found> find(String text, int limit) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.length() < 2) {
            return List.of();
        }
        String contains = "%" + escaped(typed) + "%";
        return reads.read(rows -> {
            UUID org = rows.organizationId();
            List<Found> found = new ArrayList<>();
            List<Sample> samples = rows.rows(Table.SAMPLES, SAMPLES, org, typed, contains, contains, typed, limit);
            for (Sample sample : samples) {
                found.add(new Found(Found.Kind.SAMPLE, sample.id(), sample.barcode(), sample.name(), sample.barcode()));
            }
            List<Instrument> instruments = rows.rows(Table.INSTRUMENTS, INSTRUMENTS, org, contains, contains, limit);
            for (Instrument instrument : instruments) {
                found.add(new Found(
                        Found.Kind.INSTRUMENT,
                        instrument.id(),
                        instrument.name(),
                        instrument.kind().displayName(),
                        instrument.name()));
            }
            List<Recipe> recipes = rows.rows(Table.RECIPES, RECIPES, org, contains, limit);
            for (Recipe recipe : recipes) {
                found.add(new Found(
                        Found.Kind.RECIPE,
                        recipe.id(),
                        recipe.name() + " v" + recipe.version(),
                        recipe.status().name().toLowerCase(Locale.ROOT),
                        recipe.name()));
            }
            if (!samples.isEmpty()) {
                Map<UUID, String> recipeNames = rows.<Recipe>rows(Table.RECIPES, RECIPE_NAMES, org).stream()
                        .collect(Collectors.toMap(Recipe::id, Recipe::name));
                Map<UUID, Sample> byId = samples.stream().collect(Collectors.toMap(Sample::id, Function.identity()));
                for (Sample sample : samples.subList(0, Math.min(2, samples.size()))) {
                    List<Run> runs = rows.rows(Table.RUNS, RUNS_OF_SAMPLE, org, sample.id(), limit);
                    for (Run run : runs) {
                        found.add(new Found(
                                Found.Kind.RUN,
                                run.id(),
                                recipeNames.getOrDefault(run.recipeId(), "Run") + " on "
                                        + byId.get(run.sampleId()).barcode(),
                                run.startedAt() == null ? "not started" : Times.format(run.startedAt()),
                                run.id().toString()));
                    }
                }
            }
            return found;
        });
    }

    /** A typed % or _ is looked for as itself. */
    private static String escaped(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
