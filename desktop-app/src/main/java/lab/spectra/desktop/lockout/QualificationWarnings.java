package lab.spectra.desktop.lockout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.sop.Sop;

/**
 * Qualifications about to expire, warned about at launch like certificates: a person's own, and
 * everyone's for those who record qualifications (PIs and admins), so training is renewed before
 * the availability model starts refusing runs. Read from the local copy at the trusted clock's time.
 */
public final class QualificationWarnings {

    /** Training takes longer to arrange than a calibration visit, so the warning comes earlier. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final String VALID = "SELECT " + LocalRows.columns(Table.QUALIFICATIONS, "q")
            + " FROM qualifications q WHERE q.organization_id = ? AND q.state = 'valid' ORDER BY q.expires_at, q.id";
    private static final String PEOPLE =
            "SELECT " + LocalRows.columns(Table.USERS, "u") + " FROM users u WHERE u.organization_id = ?";
    private static final String SOPS =
            "SELECT " + LocalRows.columns(Table.SOPS, "s") + " FROM sops s WHERE s.organization_id = ?";

    private final LocalReads reads;
    private final Clock trustedClock;
    private final Duration window;

    public QualificationWarnings(LocalReads reads, Clock trustedClock) {
        this(reads, trustedClock, DEFAULT_WINDOW);
    }

    public QualificationWarnings(LocalReads reads, Clock trustedClock, Duration window) {
        this.reads = reads;
        this.trustedClock = trustedClock;
        this.window = window;
    }

    /** The warnings the person should see, soonest first. Runs on a background thread. */
    public List<String> evaluate(CurrentUser viewer) {
        boolean everyone = viewer.may(Action.RECORD_QUALIFICATION);
        Instant now = trustedClock.instant();
        return reads.read(rows -> {
            List<Qualification> expiring =
                    rows.<Qualification>rows(Table.QUALIFICATIONS, VALID, rows.organizationId()).stream()
                            .filter(qualification ->
                                    everyone || qualification.userId().equals(viewer.userId()))
                            .filter(qualification -> qualification.inForceAt(now))
                            .filter(qualification -> Duration.between(now, qualification.expiresAt())
                                            .compareTo(window)
                                    <= 0)
                            .toList();
            if (expiring.isEmpty()) {
                return List.of();
            }
            Map<UUID, UserAccount> people = rows.<UserAccount>rows(Table.USERS, PEOPLE, rows.organizationId()).stream()
                    .collect(Collectors.toMap(UserAccount::id, Function.identity()));
            Map<UUID, Sop> sops = rows.<Sop>rows(Table.SOPS, SOPS, rows.organizationId()).stream()
                    .collect(Collectors.toMap(Sop::id, Function.identity()));
            return expiring.stream()
                    .map(qualification -> warning(qualification, people, sops, viewer, now))
                    .toList();
        });
    }

    private static String warning(
            Qualification qualification,
            Map<UUID, UserAccount> people,
            Map<UUID, Sop> sops,
            CurrentUser viewer,
            Instant now) {
        String whose = qualification.userId().equals(viewer.userId())
                ? "Your"
                : people.containsKey(qualification.userId())
                        ? people.get(qualification.userId()).displayName() + "'s"
                        : "A";
        String sop = sops.containsKey(qualification.sopId())
                ? " (" + sops.get(qualification.sopId()).label() + ")"
                : "";
        long days = Duration.between(now, qualification.expiresAt()).toDays();
        return "Soon: " + whose + " qualification for " + qualification.scope() + sop + " expires on "
                + DATE.format(qualification.expiresAt()) + " (in " + (days == 1 ? "1 day" : days + " days") + ")";
    }
}
