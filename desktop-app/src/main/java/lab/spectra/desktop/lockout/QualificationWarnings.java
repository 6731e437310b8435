package lab.spectra.desktop.lockout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.model.auth.Action;
import lab.spectra.model.qualification.Qualification;

/**
 * Qualifications about to expire, warned about at launch like certificates: a person's own, and
 * everyone's for those who record qualifications (PIs and admins), so training is renewed before
 * the availability model starts refusing runs. Read from the local copy at the trusted clock's time.
 */
public final class QualificationWarnings {

    /** Training takes longer to arrange than a calibration visit, so the warning comes earlier. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final QualificationNoticeQueries queries;
    private final Clock trustedClock;
    private final Duration window;

    public QualificationWarnings(LocalReads reads, Clock trustedClock) {
        this(new QualificationNoticeQueries(reads), trustedClock, DEFAULT_WINDOW);
    }

    public QualificationWarnings(QualificationNoticeQueries queries, Clock trustedClock, Duration window) {
        this.queries = queries;
        this.trustedClock = trustedClock;
        this.window = window;
    }

    /** The warnings the person should see, soonest first. Runs on a background thread. */
    public List<String> evaluate(CurrentUser viewer) {
        boolean everyone = viewer.may(Action.RECORD_QUALIFICATION);
        Instant now = trustedClock.instant();
        QualificationNoticeQueries.ValidQualifications valid = queries.valid();
        return valid.qualifications().stream()
                .filter(qualification -> everyone || qualification.userId().equals(viewer.userId()))
                .filter(qualification -> qualification.inForceAt(now))
                .filter(qualification ->
                        Duration.between(now, qualification.expiresAt()).compareTo(window) <= 0)
                .map(qualification -> warning(qualification, valid, viewer, now))
                .toList();
    }

    private static String warning(
            Qualification qualification,
            QualificationNoticeQueries.ValidQualifications valid,
            CurrentUser viewer,
            Instant now) {
        String whose = qualification.userId().equals(viewer.userId())
                ? "Your"
                : valid.people().getOrDefault(qualification.userId(), "Someone") + "'s";
        String sop = valid.sops().containsKey(qualification.sopId())
                ? " (" + valid.sops().get(qualification.sopId()) + ")"
                : "";
        long days = Duration.between(now, qualification.expiresAt()).toDays();
        return "Soon: " + whose + " qualification for " + qualification.scope() + sop + " expires on "
                + DATE.format(qualification.expiresAt()) + " (in " + (days == 1 ? "1 day" : days + " days") + ")";
    }
}
