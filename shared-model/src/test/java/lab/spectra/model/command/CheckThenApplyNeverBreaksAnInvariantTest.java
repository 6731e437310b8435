package lab.spectra.model.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Permissions;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationState;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.testing.InMemoryDomainState;
import lab.spectra.model.testing.Lab;
import lab.spectra.model.testing.WorkStep;
import lab.spectra.model.testing.WorkStepCommands;
import lab.spectra.model.testing.WorkSteps;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 21: whatever people of any role try, in any order and at any authored time, the commands
 * the shared rules accept leave the lab consistent. Each step is decided by the real
 * {@link CommandHandler} against the in-memory state every shared-model test uses, applied when
 * accepted, and then the lab is checked, both the step's own changes (against the state they were
 * decided on) and the lab as a whole. The invariants are written out here from the spec and the
 * ADRs rather than by calling the rules' own checks, so that a rule that drifts is caught; the
 * permission table is the one exception, being the spec itself.
 *
 * <p>A second organization shares the state, as it shares the server's database; some steps name
 * its records. Its rows must come out untouched and ours must never point at them.
 */
class CheckThenApplyNeverBreaksAnInvariantTest {

    private static final String OUTCOMES = "outcome of each kind of step";

    private final CommandHandler handler = new CommandHandler();

    // Edge cases would be mostly one-step days of the first kind: not worth a quarter of the tries.
    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void whateverPeopleTryTheAcceptedCommandsKeepEveryInvariant(@ForAll("workdays") List<WorkStep> steps) {
        Lab lab = new Lab();
        Lab otherLab = new Lab();
        otherLab.runningRunOf(otherLab.technician);
        WorkStepCommands work = new WorkStepCommands(lab).alsoNaming(otherLab);
        lab.state.put(otherLab.state.all(Row.class).toArray(Row[]::new));
        InMemoryDomainState otherOrganization = lab.state.viewFor(otherLab.organizationId);
        Map<UUID, Row> otherOrganizationsRows = byId(otherOrganization.all(Row.class));

        for (WorkStep step : steps) {
            WorkStepCommands.Attempt attempt = work.next(step, lab.state);
            Outcome outcome = handler.handle(attempt.command(), attempt.sender(), lab.state, attempt.deciderTime());
            if (outcome instanceof Applied applied && insertsAnIdTakenElsewhere(applied, otherOrganizationsRows)) {
                // The rules cannot see another organization's ids; the database's primary key
                // refuses the insert and the server answers already_exists (CommandService). The
                // in-memory state has no such key and would overwrite the row, so the step is
                // refused here as it is there.
                outcome = new Rejected(RejectionCode.ALREADY_EXISTS, "an id another organization uses");
            }
            Statistics.label(OUTCOMES).collect(step.kind(), outcome.getClass().getSimpleName());
            if (outcome instanceof Applied applied) {
                assertTheSenderMayDoIt(attempt);
                assertTheChangesKeepTheRules(attempt, applied.changes(), lab.state);
                lab.state.apply(applied.changes());
            }
            assertTheLabIsConsistent(lab.state);
            assertThat(rowsThatChanged(otherOrganizationsRows, otherOrganization))
                    .as("the other organization's rows changed by %s", attempt.command())
                    .isEmpty();
        }

        // Without these the property could pass by refusing everything.
        Statistics.label(OUTCOMES).coverage(coverage -> {
            for (WorkStep.Kind kind : WorkStep.Kind.values()) {
                coverage.check(kind, "Applied").count(count -> count > 0);
                coverage.check(kind, "Rejected").count(count -> count > 0);
            }
            coverage.check(WorkStep.Kind.EDIT_SAMPLE, "Conflict").count(count -> count > 0);
            coverage.check(WorkStep.Kind.APPROVE_RECIPE, "Conflict").count(count -> count > 0);
        });
    }

    @Provide
    Arbitrary<List<WorkStep>> workdays() {
        return WorkSteps.sequences(40);
    }

    /** The permission table of the product, and the account: active, and the author of what it sends. */
    private static void assertTheSenderMayDoIt(WorkStepCommands.Attempt attempt) {
        Actor sender = attempt.sender();
        Command command = attempt.command();
        assertThat(sender.active())
                .as("%s was applied for a disabled account", command)
                .isTrue();
        assertThat(command.meta().authorId())
                .as("%s was applied though %s did not author it", command, sender.displayName())
                .isEqualTo(sender.userId());
        assertThat(Permissions.allows(sender.role(), command.requiredAction()))
                .as("%s was applied for a %s", command, sender.role())
                .isTrue();
    }

    /** What one accepted command may change, judged against the state it was decided on. */
    private static void assertTheChangesKeepTheRules(
            WorkStepCommands.Attempt attempt, List<RowChange> changes, InMemoryDomainState before) {
        Command command = attempt.command();
        Actor author = attempt.sender();
        Map<UUID, Row> rowsBefore = byId(before.all(Row.class));
        Instant authoredAt = command.meta().authoredAt();
        for (RowChange change : changes) {
            Row after = change.after();
            assertThat(after.organizationId())
                    .as("%s wrote a row of another organization", command)
                    .isEqualTo(before.organizationId());
            if (change instanceof RowChange.Updated updated) {
                // The undo record and the audit trail rely on "before" being the row as it was.
                assertThat(updated.before())
                        .as("%s changed a row it did not read", command)
                        .isEqualTo(rowsBefore.get(after.id()));
            } else {
                assertThat(rowsBefore)
                        .as("%s inserted a row that exists", command)
                        .doesNotContainKey(after.id());
            }
            if (after instanceof Recipe recipe) {
                assertTheRecipeOnlyMovesForward(command, change, recipe);
            } else if (after instanceof Run run) {
                assertTheRunChangeIsAllowed(command, author, change, run, before);
            } else if (after instanceof Result result) {
                assertTheResultIsOnARunningRunWithACertificate(command, author, result, before);
            } else if (after instanceof Calibration calibration) {
                assertTheCertificateIsRecordedOrRevoked(command, change, calibration, authoredAt);
            } else if (after instanceof Sample sample && change instanceof RowChange.Updated updated) {
                assertRegulatedSampleFieldsChangeOnlyFromWhatTheAuthorSaw(command, (Sample) updated.before(), sample);
            } else if (after instanceof CustodyEvent event) {
                assertThat(before.sample(event.sampleId()).filter(sample -> !sample.deleted()))
                        .as("%s handed over a sample that is not a live sample of ours", command)
                        .isPresent();
            }
        }
    }

    /** draft, then approved, then retired: nothing else (ADR 0027); a new recipe is a draft. */
    private static void assertTheRecipeOnlyMovesForward(Command command, RowChange change, Recipe recipe) {
        if (change instanceof RowChange.Updated updated) {
            ApprovalStatus from = ((Recipe) updated.before()).status();
            ApprovalStatus to = recipe.status();
            boolean forward = from == to
                    || (from == ApprovalStatus.DRAFT && to == ApprovalStatus.APPROVED)
                    || (from == ApprovalStatus.APPROVED && to == ApprovalStatus.RETIRED);
            assertThat(forward)
                    .as("%s moved recipe %s from %s to %s", command, recipe.title(), from, to)
                    .isTrue();
        } else {
            assertThat(recipe.status()).as("%s created a recipe", command).isEqualTo(ApprovalStatus.DRAFT);
        }
    }

    private static void assertTheRunChangeIsAllowed(
            Command command, Actor author, RowChange change, Run run, DomainState before) {
        Instant authoredAt = command.meta().authoredAt();
        if (change instanceof RowChange.Updated updated) {
            Run was = (Run) updated.before();
            assertThat(was.status())
                    .as("%s changed a run that was not running", command)
                    .isEqualTo(RunStatus.RUNNING);
            assertThat(run.status()).as("%s", command).isIn(RunStatus.FINISHED, RunStatus.ABORTED);
            assertThat(run.finishedAt()).as("%s ended the run", command).isEqualTo(authoredAt);
            assertTheAuthorMayWorkOn(command, author, was);
            return;
        }
        Recipe recipe = before.recipe(run.recipeId()).orElse(null);
        Instrument instrument = before.instrument(run.instrumentId()).orElse(null);
        assertThat(recipe)
                .as("%s started a run on a recipe not of ours", command)
                .isNotNull();
        assertThat(instrument)
                .as("%s started a run on an instrument not of ours", command)
                .isNotNull();
        assertThat(recipe.status())
                .as("%s started a run on recipe %s", command, recipe.title())
                .isEqualTo(ApprovalStatus.APPROVED);
        assertThat(recipe.instrumentKind())
                .as("%s ran recipe %s on %s", command, recipe.title(), instrument.name())
                .isEqualTo(instrument.kind());
        assertThat(before.sample(run.sampleId()).filter(sample -> !sample.deleted()))
                .as("%s started a run on a sample that is not a live sample of ours", command)
                .isPresent();
        assertThat(run.startedAt()).as("%s", command).isEqualTo(authoredAt);
        assertThat(run.operatorId()).as("%s", command).isEqualTo(command.meta().authorId());
        Optional<Calibration> certificate = certificateInForce(before, instrument.id(), authoredAt);
        assertThat(certificate)
                .as(
                        "%s started a run on %s without a certificate in force at %s",
                        command, instrument.name(), authoredAt)
                .isPresent();
        assertThat(run.calibrationId())
                .as("%s: the run relies on the certificate in force", command)
                .isEqualTo(certificate.get().id());
    }

    private static void assertTheResultIsOnARunningRunWithACertificate(
            Command command, Actor author, Result result, DomainState before) {
        Optional<Run> run = before.run(result.runId());
        assertThat(run).as("%s recorded a result on a run not of ours", command).isPresent();
        assertThat(run.get().status())
                .as("%s recorded a result on a run that was not running", command)
                .isEqualTo(RunStatus.RUNNING);
        assertThat(certificateInForce(before, run.get().instrumentId(), result.recordedAt()))
                .as("%s recorded a result without a certificate in force at %s", command, result.recordedAt())
                .isPresent();
        assertTheAuthorMayWorkOn(command, author, run.get());
    }

    /** Technicians work on their own runs; engineers and above on anyone's. */
    private static void assertTheAuthorMayWorkOn(Command command, Actor author, Run run) {
        assertThat(run.operatorId().equals(author.userId())
                        || author.role().isAtLeast(Permissions.minimumRole(Action.WORK_ON_OTHERS_RUNS)))
                .as("%s worked on a run someone else operates", command)
                .isTrue();
    }

    private static void assertTheCertificateIsRecordedOrRevoked(
            Command command, RowChange change, Calibration calibration, Instant authoredAt) {
        if (change instanceof RowChange.Updated updated) {
            Calibration was = (Calibration) updated.before();
            assertThat(command).isInstanceOf(RevokeCalibration.class);
            assertThat(was.state())
                    .as("%s revoked a revoked certificate", command)
                    .isEqualTo(CalibrationState.VALID);
            assertThat(calibration.state()).isEqualTo(CalibrationState.REVOKED);
            assertThat(calibration.revokedAt()).as("%s", command).isEqualTo(authoredAt);
            assertThat(List.of(calibration.certificateNumber(), calibration.issuedAt(), calibration.expiresAt()))
                    .as("%s changed what the certificate says", command)
                    .isEqualTo(List.of(was.certificateNumber(), was.issuedAt(), was.expiresAt()));
            return;
        }
        assertThat(calibration.state()).isEqualTo(CalibrationState.VALID);
        assertThat(calibration.issuedAt())
                .as("%s recorded a certificate issued after it was entered", command)
                .isBeforeOrEqualTo(authoredAt);
    }

    /**
     * ADR 0004: barcode and status change only from the value the author saw; a sample is deleted
     * only by someone who saw its latest version, and a deleted one is never changed again.
     */
    private static void assertRegulatedSampleFieldsChangeOnlyFromWhatTheAuthorSaw(
            Command command, Sample was, Sample sample) {
        assertThat(was.deleted()).as("%s changed a deleted sample", command).isFalse();
        if (!was.barcode().equals(sample.barcode())) {
            assertThat(command).isInstanceOf(EditSample.class);
            assertThat(((EditSample) command).barcode().from())
                    .as("%s overwrote a barcode its author had not seen", command)
                    .isEqualTo(was.barcode());
        }
        if (was.status() != sample.status()) {
            assertThat(command).isInstanceOf(EditSample.class);
            assertThat(((EditSample) command).status().from())
                    .as("%s overwrote a status its author had not seen", command)
                    .isEqualTo(was.status());
        }
        if (sample.deleted()) {
            assertThat(command).isInstanceOf(DeleteSample.class);
            assertThat(((DeleteSample) command).expectedRowVersion())
                    .as("%s deleted a version of the sample its author had not seen", command)
                    .isEqualTo(was.rowVersion());
        }
    }

    /** What must hold of the lab as a whole after every step. */
    private static void assertTheLabIsConsistent(InMemoryDomainState state) {
        List<Sample> samples = state.all(Sample.class);
        assertThat(samples.stream().map(Sample::barcode))
                .as("barcodes within the organization, deleted samples included")
                .doesNotHaveDuplicates();

        for (Run run : state.all(Run.class)) {
            if (run.finishedAt() != null) {
                assertThat(run.finishedAt()).as("end of %s", run).isAfterOrEqualTo(run.startedAt());
            }
            assertThat(run.finishedAt() == null)
                    .as("a run has an end exactly when it has ended: %s", run)
                    .isEqualTo(run.status() == RunStatus.RUNNING);
            Recipe recipe = state.recipe(run.recipeId()).orElse(null);
            Instrument instrument = state.instrument(run.instrumentId()).orElse(null);
            assertThat(recipe).as("the recipe of %s", run).isNotNull();
            assertThat(instrument).as("the instrument of %s", run).isNotNull();
            assertThat(state.sample(run.sampleId())).as("the sample of %s", run).isPresent();
            assertThat(recipe.approvedBy())
                    .as("%s ran a recipe never approved", run)
                    .isNotNull();
            assertThat(recipe.instrumentKind()).as("the kind of %s", run).isEqualTo(instrument.kind());
            assertThat(state.calibration(run.calibrationId()).map(Calibration::instrumentId))
                    .as("the certificate %s relied on", run)
                    .contains(run.instrumentId());
        }
        for (Result result : state.all(Result.class)) {
            assertThat(state.run(result.runId())).as("the run of %s", result).isPresent();
        }
        assertEveryCustodyChainIsUnbroken(state);
        assertEachRecipeLineageHasOneOpenDraftAndOneApprovedVersionAtMost(state);
    }

    /** A hand-over starts with whoever received the sample last (spec, custody). */
    private static void assertEveryCustodyChainIsUnbroken(InMemoryDomainState state) {
        Map<UUID, List<CustodyEvent>> bySample =
                state.all(CustodyEvent.class).stream().collect(Collectors.groupingBy(CustodyEvent::sampleId));
        for (Map.Entry<UUID, List<CustodyEvent>> chain : bySample.entrySet()) {
            assertThat(state.sample(chain.getKey()))
                    .as("the sample of a custody event")
                    .isPresent();
            // Hand-overs at the same instant stand in the order they were recorded.
            List<CustodyEvent> ordered = chain.getValue().stream()
                    .sorted(Comparator.comparing(CustodyEvent::occurredAt).thenComparing(CustodyEvent::createdAt))
                    .toList();
            for (int i = 1; i < ordered.size(); i++) {
                assertThat(ordered.get(i).fromCustodian().strip())
                        .as("custody chain of sample %s: %s", chain.getKey(), ordered)
                        .isEqualToIgnoringCase(ordered.get(i - 1).toCustodian().strip());
            }
        }
    }

    /**
     * ADR 0027: one draft of a recipe is open at a time, and approving a version retires the
     * approved one before it (the lab keeps the default setting). Each status has its record of
     * who decided.
     */
    private static void assertEachRecipeLineageHasOneOpenDraftAndOneApprovedVersionAtMost(InMemoryDomainState state) {
        Map<UUID, List<Recipe>> lineages = state.all(Recipe.class).stream()
                .filter(recipe -> recipe.deletedAt() == null)
                .collect(Collectors.groupingBy(Recipe::lineageId));
        for (List<Recipe> versions : lineages.values()) {
            Map<ApprovalStatus, Long> counts =
                    versions.stream().collect(Collectors.groupingBy(Recipe::status, Collectors.counting()));
            assertThat(counts.getOrDefault(ApprovalStatus.DRAFT, 0L))
                    .as("open drafts of %s", versions)
                    .isLessThanOrEqualTo(1);
            assertThat(counts.getOrDefault(ApprovalStatus.APPROVED, 0L))
                    .as("approved versions of %s", versions)
                    .isLessThanOrEqualTo(1);
            Set<Integer> numbers = new HashSet<>();
            for (Recipe recipe : versions) {
                assertThat(numbers.add(recipe.version()))
                        .as("version numbers of %s", versions)
                        .isTrue();
                switch (recipe.status()) {
                    case DRAFT ->
                        assertThat(recipe.approvedBy()).as("%s", recipe).isNull();
                    case APPROVED ->
                        assertThat(List.of(recipe.approvedBy() != null, recipe.retiredBy() == null))
                                .as("%s", recipe)
                                .containsOnly(true);
                    case RETIRED ->
                        assertThat(recipe.retiredBy()).as("%s", recipe).isNotNull();
                }
            }
        }
    }

    /**
     * Spec §4, written out: the certificate issued last at or before the moment, usable if it has
     * not expired by then and was not revoked at or before it.
     */
    private static Optional<Calibration> certificateInForce(DomainState state, UUID instrumentId, Instant at) {
        return state.calibrationsOf(instrumentId).stream()
                .filter(certificate -> !certificate.issuedAt().isAfter(at))
                .max(Comparator.comparing(Calibration::issuedAt).thenComparing(Calibration::id))
                .filter(certificate -> at.isBefore(certificate.expiresAt()))
                .filter(certificate -> certificate.state() != CalibrationState.REVOKED
                        || (certificate.revokedAt() != null && at.isBefore(certificate.revokedAt())));
    }

    private static boolean insertsAnIdTakenElsewhere(Applied applied, Map<UUID, Row> otherOrganizationsRows) {
        return applied.changes().stream()
                .anyMatch(change -> change instanceof RowChange.Inserted
                        && otherOrganizationsRows.containsKey(change.after().id()));
    }

    /** The rows that are no longer as they were, or gone: named alone, so a failure stays readable. */
    private static List<Row> rowsThatChanged(Map<UUID, Row> was, InMemoryDomainState now) {
        Map<UUID, Row> current = byId(now.all(Row.class));
        return was.values().stream()
                .filter(row -> !row.equals(current.get(row.id())))
                .toList();
    }

    private static Map<UUID, Row> byId(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(Row::id, Function.identity()));
    }
}
