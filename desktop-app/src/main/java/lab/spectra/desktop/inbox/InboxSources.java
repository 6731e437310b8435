package lab.spectra.desktop.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.problems.ProblemInbox;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.shell.PersonalNotices;
import lab.spectra.desktop.spc.alerts.SpcAlertQueries;

/**
 * Reads what the inbox is made from, from the features that own it: their query classes and the
 * launch notice's evaluations. Blocks: runs off the JavaFX thread.
 */
public final class InboxSources {

    /** A run finished longer ago than this is history, not a review waiting for someone. */
    public static final Duration REVIEW_WINDOW = Duration.ofDays(14);

    /** How many items of one kind the inbox reads at most; the feature's own screen lists them all. */
    public static final int AT_MOST_PER_KIND = 100;

    private final InboxQueries queries;
    private final RunQueries runs;
    private final SpcAlertQueries spcAlerts;
    private final PersonalNotices qualificationWarnings;
    private final PersonalNotices voidedSignatures;
    private final ProblemInbox problems;
    private final Clock trustedClock;

    public InboxSources(
            InboxQueries queries,
            RunQueries runs,
            SpcAlertQueries spcAlerts,
            PersonalNotices qualificationWarnings,
            PersonalNotices voidedSignatures,
            ProblemInbox problems,
            Clock trustedClock) {
        this.queries = queries;
        this.runs = runs;
        this.spcAlerts = spcAlerts;
        this.qualificationWarnings = qualificationWarnings;
        this.voidedSignatures = voidedSignatures;
        this.problems = problems;
        this.trustedClock = trustedClock;
    }

    /** @param instruments every instrument's calibration state, as the main window keeps it */
    public Inbox.Gathered gather(CurrentUser viewer, List<InstrumentLockout> instruments) {
        return new Inbox.Gathered(
                queries.waiting(trustedClock.instant().minus(REVIEW_WINDOW), AT_MOST_PER_KIND),
                runs.openRunsOf(viewer.userId(), AT_MOST_PER_KIND),
                spcAlerts.alerts(null, false, AT_MOST_PER_KIND),
                qualificationWarnings.evaluate(viewer),
                voidedSignatures.evaluate(viewer),
                instruments,
                problems.open());
    }
}
