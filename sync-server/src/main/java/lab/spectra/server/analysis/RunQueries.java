package lab.spectra.server.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Runs and their results. */
public final class RunQueries {

    /** @param status only runs in this state; null for all */
    public record Filter(RunStatus status) {

        public static final Filter ALL = new Filter(null);
    }

    /**
     * A run with its results, in the order they were recorded.
     *
     * @param recordedBy the name of each author of a result, by id: a person's, or "API key
     *                   Keithley-2 (spk_ab12cd34…)" for a key's account (ADR 0023)
     */
    public record RunDetail(Run run, List<Result> results, Map<UUID, String> recordedBy) {}

    private final TenantReads reads;

    public RunQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** Runs newest first, as people read them: planned runs (not started yet), then by start time descending. */
    public Page<Run> page(UserAccount viewer, Filter filter, PageRequest page) {
        String status = filter.status() == null ? null : filter.status().name().toLowerCase(Locale.ROOT);
        return reads.pageNewestFirst(
                viewer, Table.RUNS, "started_at", Conditions.none().andIfGiven("status = ?", status), page);
    }

    public Optional<RunDetail> withResults(UserAccount viewer, UUID runId) {
        return reads.read(viewer, state -> state.run(runId).map(run -> {
            List<Result> results = state.findOrdered(Table.RESULTS, "run_id = ?", "ORDER BY id", runId);
            Map<UUID, String> names = new LinkedHashMap<>();
            results.forEach(result -> state.user(result.recordedBy())
                    .ifPresent(author -> names.putIfAbsent(author.id(), author.displayName())));
            return new RunDetail(run, results, names);
        }));
    }

    /** The instrument of a run of the viewer's organization. */
    public Optional<UUID> instrumentOf(UserAccount viewer, UUID runId) {
        return reads.read(viewer, state -> state.run(runId).map(Run::instrumentId));
    }
}
