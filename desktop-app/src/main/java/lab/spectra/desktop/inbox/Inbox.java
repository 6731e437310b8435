package lab.spectra.desktop.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.problems.ProblemsViewModel;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.shell.RecordToOpen;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.spc.alerts.AlertLine;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.auth.Action;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sop.Sop;

/**
 * What waits for one person, decided from what the bench holds: each kind of item goes to those
 * whose role may act on it (the shared permission table), and a decision never to its own author
 * or editor (the four-eyes rule), so the inbox offers only what the person can actually do.
 */
public final class Inbox {

    /** What the inbox is made from, read off the JavaFX thread. */
    public record Gathered(
            InboxQueries.Waiting waiting,
            List<RunRow> myOpenRuns,
            List<AlertLine> openSpcAlerts,
            List<String> qualificationWarnings,
            List<String> voidedSignatures,
            List<InstrumentLockout> instruments,
            List<SyncProblem> problems) {}

    private Inbox() {}

    /** The person's items: by kind in the order of {@link InboxItem.Kind}, each kind oldest first. */
    public static List<InboxItem> itemsFor(CurrentUser viewer, Gathered gathered) {
        List<InboxItem> items = new ArrayList<>();
        InboxQueries.Waiting waiting = gathered.waiting();
        Map<UUID, String> people = waiting.people();
        if (viewer.may(Action.APPROVE_RECIPE)) {
            for (Recipe recipe : waiting.recipesToDecide()) {
                if (FourEyes.involvementOf(viewer.userId(), recipe.authorId(), recipe.editorIds())
                        == FourEyes.Involvement.NONE) {
                    items.add(new InboxItem(
                            InboxItem.Kind.DECISION,
                            "Recipe " + recipe.title() + ", submitted by " + name(people, recipe.submittedBy()),
                            recipe.submittedAt(),
                            new RecordToOpen(Section.RECIPES, recipe.id(), null)));
                }
            }
        }
        if (viewer.may(Action.APPROVE_SOP)) {
            for (Sop sop : waiting.sopsToDecide()) {
                if (FourEyes.involvementOf(viewer.userId(), sop.authorId(), sop.editorIds())
                        == FourEyes.Involvement.NONE) {
                    items.add(new InboxItem(
                            InboxItem.Kind.DECISION,
                            sop.label() + ", submitted by " + name(people, sop.submittedBy()),
                            sop.submittedAt(),
                            new RecordToOpen(Section.SOPS, sop.id(), null)));
                }
            }
        }
        Set<UUID> flaggedRuns = new HashSet<>();
        if (viewer.may(Action.REVIEW_FLAGGED_WORK)) {
            for (InboxQueries.Flagged flagged : waiting.flagged()) {
                boolean run = "runs".equals(flagged.item().recordTable())
                        && flagged.item().recordId() != null;
                if (run) {
                    flaggedRuns.add(flagged.item().recordId());
                }
                String what = run && flagged.runLabel() != null
                        ? "Run " + flagged.runLabel()
                        : flagged.item().commandType();
                items.add(new InboxItem(
                        InboxItem.Kind.FLAGGED_RUN,
                        what + " by " + flagged.author() + ": " + flagged.item().reason(),
                        flagged.item().receivedAt(),
                        new RecordToOpen(
                                sectionOf(flagged.item().recordTable()),
                                flagged.item().recordId(),
                                null)));
            }
        }
        if (viewer.may(Action.REVIEW_RUNS)) {
            waiting.unreviewedRuns().stream()
                    .filter(run -> !run.operatorId().equals(viewer.userId()))
                    .filter(run -> !flaggedRuns.contains(run.runId()))
                    .sorted(Comparator.comparing(InboxQueries.UnreviewedRun::finishedAt))
                    .forEach(run -> items.add(new InboxItem(
                            InboxItem.Kind.RUN_TO_REVIEW,
                            run.recipe() + " on " + run.instrument() + " by " + run.operator() + ", finished",
                            run.finishedAt(),
                            new RecordToOpen(Section.RUNS, run.runId(), null))));
        }
        for (String voided : gathered.voidedSignatures()) {
            items.add(new InboxItem(InboxItem.Kind.SIGNATURE, voided, null, sectionOnly(Section.NOTEBOOK)));
        }
        if (viewer.may(Action.ACKNOWLEDGE_SPC_ALERT)) {
            gathered.openSpcAlerts().stream()
                    .sorted(Comparator.comparing(line -> line.alert().raisedAt()))
                    .forEach(line -> items.add(new InboxItem(
                            InboxItem.Kind.SPC_ALERT,
                            line.summary(),
                            line.alert().raisedAt(),
                            sectionOnly(Section.SPC))));
        }
        gathered.myOpenRuns().stream()
                .sorted(Comparator.comparing(
                        row -> row.run().startedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(row -> items.add(new InboxItem(
                        InboxItem.Kind.MY_RUN,
                        row.recipe() + " on " + row.instrument() + ", "
                                + row.run().status().name().toLowerCase(Locale.ROOT)
                                + (row.run().blockedReason() == null
                                        ? ""
                                        : ": " + row.run().blockedReason()),
                        row.run().startedAt(),
                        new RecordToOpen(Section.RUNS, row.run().id(), null))));
        for (String warning : gathered.qualificationWarnings()) {
            items.add(new InboxItem(InboxItem.Kind.QUALIFICATION, warning, null, sectionOnly(Section.QUALIFICATIONS)));
        }
        for (InstrumentLockout instrument : gathered.instruments()) {
            if (concerns(viewer, instrument.calibration())) {
                items.add(new InboxItem(
                        InboxItem.Kind.CALIBRATION,
                        instrument.calibration().message(),
                        null,
                        new RecordToOpen(
                                Section.INSTRUMENTS, instrument.instrument().id(), null)));
            }
        }
        for (SyncProblem problem : gathered.problems()) {
            items.add(new InboxItem(
                    InboxItem.Kind.SYNC_PROBLEM,
                    ProblemsViewModel.describe(problem) + ": " + problem.message(),
                    problem.decidedAt(),
                    sectionOnly(Section.PROBLEMS)));
        }
        return List.copyOf(items);
    }

    /**
     * A calibration about to expire matters to whoever runs the instrument; one that expired or was
     * revoked waits for those who record calibrations.
     */
    private static boolean concerns(CurrentUser viewer, CalibrationStatus calibration) {
        if (calibration instanceof CalibrationStatus.ExpiringSoon) {
            return viewer.may(Action.START_RUN) || viewer.may(Action.RECORD_CALIBRATION);
        }
        boolean lapsed =
                calibration instanceof CalibrationStatus.Expired || calibration instanceof CalibrationStatus.Revoked;
        return lapsed && viewer.may(Action.RECORD_CALIBRATION);
    }

    /** The text the inbox's "When" column shows. */
    public static String when(InboxItem item) {
        return item.when() == null ? "" : Times.format(item.when());
    }

    private static RecordToOpen sectionOnly(Section section) {
        return new RecordToOpen(section, null, null);
    }

    private static Section sectionOf(String table) {
        if (table == null) {
            return Section.INBOX;
        }
        return switch (table) {
            case "runs", "results", "attachments", "run_reviews" -> Section.RUNS;
            case "samples", "custody_events", "wafers", "devices" -> Section.SAMPLES;
            case "instruments", "calibrations", "maintenance_tasks", "instrument_events" -> Section.INSTRUMENTS;
            case "eln_entries", "signatures" -> Section.NOTEBOOK;
            case "recipes" -> Section.RECIPES;
            default -> Section.INBOX;
        };
    }

    private static String name(Map<UUID, String> people, UUID person) {
        return person == null ? "someone" : people.getOrDefault(person, "someone");
    }
}
