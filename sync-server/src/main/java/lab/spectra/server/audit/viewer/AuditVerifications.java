package lab.spectra.server.audit.viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.audit.view.AuditVerificationStatus;
import lab.spectra.model.id.Ids;
import lab.spectra.server.audit.AuditVerdict;
import lab.spectra.server.audit.StreamedAuditCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifications of audit trails running in the background, one at a time per organization: asking
 * while one runs joins it. Results are kept for an hour so the viewer (and a printout's chain
 * status) can read them; the server keeps no verification across restarts.
 */
public final class AuditVerifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifications.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final StreamedAuditCheck check;
    private final Clock clock;
    private final ExecutorService worker;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final Map<UUID, Job> runningByOrganization = new ConcurrentHashMap<>();

    public AuditVerifications(StreamedAuditCheck check, Clock clock) {
        this.check = Objects.requireNonNull(check, "check");
        this.clock = Objects.requireNonNull(clock, "clock");
        // One thread: verifications read a whole trail, and the machine serves requests too.
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-verification");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a verification of the organization's trail, or joins the one already running. */
    public AuditVerificationStatus start(UUID organizationId, boolean full) {
        forgetOld();
        Job job = runningByOrganization.computeIfAbsent(organizationId, organization -> {
            Job started = new Job(Ids.newId(), organization, clock.instant());
            jobs.put(started.id, started);
            worker.execute(() -> run(started, full));
            return started;
        });
        return job.status();
    }

    /** A verification of the organization; another organization's is not found. */
    public Optional<AuditVerificationStatus> status(UUID organizationId, UUID id) {
        return Optional.ofNullable(jobs.get(id))
                .filter(job -> job.organizationId.equals(organizationId))
                .map(Job::status);
    }

    /** The organization's most recently finished verification, if one is still kept. */
    public Optional<AuditVerificationStatus> latestFinished(UUID organizationId) {
        return jobs.values().stream()
                .filter(job -> job.organizationId.equals(organizationId) && job.finishedAt != null)
                .max((a, b) -> a.finishedAt.compareTo(b.finishedAt))
                .map(Job::status);
    }

    /** Verifies now, on the caller's thread (a printout's quick check from the newest checkpoint). */
    public AuditVerificationStatus verifyNow(UUID organizationId) {
        Job job = new Job(Ids.newId(), organizationId, clock.instant());
        run(job, false);
        return job.status();
    }

    private void run(Job job, boolean full) {
        try {
            StreamedAuditCheck.Outcome outcome = check.run(job.organizationId, full, job);
            job.finish(outcome, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Verifying the audit trail of organization {} failed", job.organizationId, e);
            job.fail("The verification could not finish: " + e.getMessage(), clock.instant());
        } finally {
            runningByOrganization.remove(job.organizationId, job);
        }
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(before));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** One verification as it runs; read by request threads while the worker writes it. */
    private static final class Job implements StreamedAuditCheck.Progress {
        private final UUID id;
        private final UUID organizationId;
        private final Instant startedAt;
        private final AtomicLong checked = new AtomicLong();
        private final AtomicLong toCheck = new AtomicLong();
        private volatile StreamedAuditCheck.Outcome outcome;
        private volatile String failure;
        private volatile Instant finishedAt;

        Job(UUID id, UUID organizationId, Instant startedAt) {
            this.id = id;
            this.organizationId = organizationId;
            this.startedAt = startedAt;
        }

        @Override
        public void toCheck(long entries) {
            toCheck.set(entries);
        }

        @Override
        public void checked(long entries) {
            checked.set(entries);
        }

        void finish(StreamedAuditCheck.Outcome result, Instant at) {
            outcome = result;
            finishedAt = at;
        }

        void fail(String why, Instant at) {
            failure = why;
            finishedAt = at;
        }

        AuditVerificationStatus status() {
            StreamedAuditCheck.Outcome result = outcome;
            if (result == null) {
                boolean failed = failure != null;
                return new AuditVerificationStatus(
                        id,
                        failed ? AuditVerificationStatus.State.FAILED : AuditVerificationStatus.State.RUNNING,
                        checked.get(),
                        toCheck.get(),
                        false,
                        0,
                        null,
                        null,
                        failed ? failure : "Checking the audit trail\u2026",
                        null,
                        startedAt,
                        finishedAt);
            }
            AuditVerdict verdict = result.verdict();
            Optional<AuditCheckpoint> from = result.from();
            return new AuditVerificationStatus(
                    id,
                    AuditVerificationStatus.State.DONE,
                    checked.get(),
                    toCheck.get(),
                    result.incremental(),
                    from.map(AuditCheckpoint::sequence).orElse(0L),
                    from.map(AuditCheckpoint::signedAt).orElse(null),
                    verdict.label(),
                    words(verdict),
                    verdict instanceof AuditVerdict.Broken broken ? broken.at().sequence() : null,
                    startedAt,
                    finishedAt);
        }

        private static String words(AuditVerdict verdict) {
            String text = verdict.describe();
            if (verdict instanceof AuditVerdict.Intact) {
                return "The audit trail is intact: " + text;
            }
            if (verdict instanceof AuditVerdict.Truncated) {
                return "The audit trail was cut short: " + text;
            }
            if (verdict instanceof AuditVerdict.Rewritten) {
                return "The audit trail was rewritten: " + text;
            }
            return "The audit trail is broken: " + text;
        }
    }
}
