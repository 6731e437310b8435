package lab.spectra.desktop.runs.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.apikey.ApiKeyAccounts;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.rundata.importers.ColumnMapping;
import lab.spectra.model.rundata.importers.RecipeColumnMapping;

/**
 * What the bench holds of a run's data: the files attached to it and its results, and the files of
 * the other runs on the same sample, which the chart can lay over the run's own.
 */
public final class RunDataQueries {

    private static final String ATTACHMENTS_OF_RUN = "SELECT " + LocalRows.columns(Table.ATTACHMENTS, "a")
            + " FROM attachments a WHERE a.organization_id = ? AND a.record_table = ? AND a.record_id = ?"
            + " AND a.deleted_at IS NULL ORDER BY a.created_at, a.id";
    private static final String RESULTS_OF_RUN = "SELECT " + LocalRows.columns(Table.RESULTS, "r")
            + " FROM results r WHERE r.organization_id = ? AND r.run_id = ? ORDER BY r.recorded_at, r.id";
    /** Oldest first, so overlays keep their colours as runs are added. */
    private static final String ATTACHMENTS_OF_SAMPLES_OTHER_RUNS =
            "SELECT " + LocalRows.columns(Table.ATTACHMENTS, "a")
                    + " FROM attachments a JOIN runs other ON other.id = a.record_id"
                    + " JOIN runs this_run ON this_run.id = ? AND this_run.sample_id = other.sample_id AND other.id <> this_run.id"
                    + " WHERE a.organization_id = ? AND a.record_table = ? AND a.deleted_at IS NULL"
                    + " ORDER BY a.created_at, a.id FETCH FIRST ? ROWS ONLY";

    private static final String RECIPE_OF_RUN = "SELECT " + LocalRows.columns(Table.RECIPES, "rc")
            + " FROM recipes rc JOIN runs r ON r.recipe_id = rc.id AND r.organization_id = rc.organization_id"
            + " WHERE r.organization_id = ? AND r.id = ?";

    /** The accounts of API keys (ADR 0023) that uploaded a file or recorded a result of the run. */
    private static final String KEYS_OF_RUN = "SELECT " + LocalRows.columns(Table.USERS, "u")
            + " FROM users u WHERE u.organization_id = ? AND u.email LIKE ? AND (u.id IN"
            + " (SELECT r.recorded_by FROM results r WHERE r.run_id = ?) OR u.id IN"
            + " (SELECT a.uploaded_by FROM attachments a WHERE a.record_table = ? AND a.record_id = ?))";

    private final LocalReads reads;

    public RunDataQueries(LocalReads reads) {
        this.reads = reads;
    }

    public List<Attachment> attachments(UUID runId) {
        return reads.read(rows ->
                rows.rows(Table.ATTACHMENTS, ATTACHMENTS_OF_RUN, rows.organizationId(), AttachFile.RUNS, runId));
    }

    public List<Result> results(UUID runId) {
        return reads.read(rows -> rows.rows(Table.RESULTS, RESULTS_OF_RUN, rows.organizationId(), runId));
    }

    /**
     * Who among the run's authors is an API key, by account id, with the key's name ("API key
     * Keithley-2 (spk_ab12cd34…)"): instrument software that sent the run's data.
     */
    public Map<UUID, String> apiKeysOf(UUID runId) {
        List<UserAccount> keys = reads.read(rows -> rows.rows(
                Table.USERS,
                KEYS_OF_RUN,
                rows.organizationId(),
                "%@" + ApiKeyAccounts.EMAIL_DOMAIN,
                runId,
                AttachFile.RUNS,
                runId));
        Map<UUID, String> names = new LinkedHashMap<>();
        keys.forEach(key -> names.put(key.id(), key.displayName()));
        return names;
    }

    /**
     * The column mapping the run's recipe keeps for tables no dedicated importer reads, if any.
     *
     * @throws IllegalArgumentException when the recipe holds an invalid mapping, with the reason
     */
    public Optional<ColumnMapping> columnMappingOf(UUID runId) {
        List<Recipe> recipes =
                reads.read(rows -> rows.rows(Table.RECIPES, RECIPE_OF_RUN, rows.organizationId(), runId));
        return recipes.isEmpty()
                ? Optional.empty()
                : RecipeColumnMapping.of(recipes.get(0).parameters());
    }

    /** Files attached to other runs on the run's sample, at most {@code limit}. */
    public List<Attachment> sameSampleOtherRuns(UUID runId, int limit) {
        return reads.read(rows -> rows.rows(
                Table.ATTACHMENTS,
                ATTACHMENTS_OF_SAMPLES_OTHER_RUNS,
                runId,
                rows.organizationId(),
                AttachFile.RUNS,
                limit));
    }
}
