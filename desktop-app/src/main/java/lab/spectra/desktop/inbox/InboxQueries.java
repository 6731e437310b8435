package lab.spectra.desktop.inbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.trust.ReviewItem;

/** What the inbox reads that no other screen's queries already give: decisions, flagged work, runs to review. */
public final class InboxQueries {

    /** A finished run nobody has reviewed yet, with the names the inbox shows. */
    public record UnreviewedRun(
            UUID runId, UUID operatorId, String operator, String recipe, String instrument, Instant finishedAt) {}

    /** A change the server applied but flagged, with its run's names when it is a run. */
    public record Flagged(ReviewItem item, String author, String runLabel) {}

    /** Everything the inbox reads from the local copy, in one transaction. */
    public record Waiting(
            List<Recipe> recipesToDecide,
            List<Sop> sopsToDecide,
            List<Flagged> flagged,
            List<UnreviewedRun> unreviewedRuns,
            Map<UUID, String> people) {}

    private static final String RECIPES_SUBMITTED = "SELECT " + LocalRows.columns(Table.RECIPES, "r")
            + " FROM recipes r WHERE r.organization_id = ? AND r.deleted_at IS NULL AND r.status = 'draft'"
            + " AND r.submitted_at IS NOT NULL ORDER BY r.submitted_at, r.id";
    private static final String SOPS_SUBMITTED = "SELECT " + LocalRows.columns(Table.SOPS, "s")
            + " FROM sops s WHERE s.organization_id = ? AND s.deleted_at IS NULL AND s.status = 'draft'"
            + " AND s.submitted_at IS NOT NULL ORDER BY s.submitted_at, s.id";
    /** Open flags; a flag on a run is answered by a review of that run signed after it was raised. */
    private static final String OPEN_FLAGS = "SELECT " + LocalRows.columns(Table.REVIEW_ITEMS, "f")
            + " FROM review_items f WHERE f.organization_id = ? AND f.resolved_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM run_reviews v WHERE v.organization_id = f.organization_id"
            + " AND f.record_table = 'runs' AND v.run_id = f.record_id AND v.reviewed_at >= f.received_at)"
            + " ORDER BY f.received_at, f.id";

    private static final String RUN_LABELS = "SELECT r.id, p.name || ' on ' || i.name FROM runs r"
            + " JOIN recipes p ON p.id = r.recipe_id JOIN instruments i ON i.id = r.instrument_id"
            + " WHERE r.organization_id = ?";
    private static final String UNREVIEWED_RUNS = "SELECT r.id, r.operator_id, p.name, i.name, r.finished_at"
            + " FROM runs r JOIN recipes p ON p.id = r.recipe_id JOIN instruments i ON i.id = r.instrument_id"
            + " WHERE r.organization_id = ? AND r.status = 'finished' AND r.finished_at >= ?"
            + " AND NOT EXISTS (SELECT 1 FROM run_reviews v WHERE v.organization_id = r.organization_id"
            + " AND v.run_id = r.id)"
            + " ORDER BY r.finished_at DESC, r.id DESC LIMIT ?";
    private static final String PEOPLE = "SELECT u.id, u.display_name FROM users u WHERE u.organization_id = ?";

    private final LocalReads reads;

    public InboxQueries(LocalReads reads) {
        this.reads = reads;
    }

    /**
     * @param finishedSince only runs finished since then count as waiting for review
     * @param runsAtMost    how many unreviewed runs to read at most
     */
    public Waiting waiting(Instant finishedSince, int runsAtMost) {
        return reads.read(rows -> {
            UUID organization = rows.organizationId();
            Map<UUID, String> people = new HashMap<>();
            rows.list(PEOPLE, row -> people.put(row.getObject(1, UUID.class), row.getString(2)), organization);
            List<ReviewItem> flags = rows.rows(Table.REVIEW_ITEMS, OPEN_FLAGS, organization);
            Map<UUID, String> runLabels = new HashMap<>();
            if (!flags.isEmpty()) {
                rows.list(
                        RUN_LABELS, row -> runLabels.put(row.getObject(1, UUID.class), row.getString(2)), organization);
            }
            List<Flagged> flagged = flags.stream()
                    .map(item -> new Flagged(
                            item,
                            people.getOrDefault(item.authorId(), "someone"),
                            "runs".equals(item.recordTable()) ? runLabels.get(item.recordId()) : null))
                    .toList();
            List<UnreviewedRun> unreviewed = rows.list(
                    UNREVIEWED_RUNS,
                    row -> {
                        UUID operator = row.getObject(2, UUID.class);
                        OffsetDateTime finished = row.getObject(5, OffsetDateTime.class);
                        return new UnreviewedRun(
                                row.getObject(1, UUID.class),
                                operator,
                                people.getOrDefault(operator, "someone"),
                                row.getString(3),
                                row.getString(4),
                                finished == null ? null : finished.toInstant());
                    },
                    organization,
                    OffsetDateTime.ofInstant(finishedSince, ZoneOffset.UTC),
                    runsAtMost);
            return new Waiting(
                    rows.rows(Table.RECIPES, RECIPES_SUBMITTED, organization),
                    rows.rows(Table.SOPS, SOPS_SUBMITTED, organization),
                    flagged,
                    unreviewed,
                    people);
        });
    }
}
