package lab.spectra.desktop.qualifications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.qualification.QualificationState;

/**
 * One qualification with its person, SOP and state in words at the moment it was read: "valid",
 * "expires in 5 days", "expired", "not yet in force" or "revoked on … (reason)".
 */
public record QualificationRow(Qualification qualification, String person, String sop, String state) {

    /** Within this many days of its expiry a qualification is shown as expiring. */
    static final Duration EXPIRING = Duration.ofDays(30);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    static QualificationRow of(Qualification qualification, String person, String sop, Instant now) {
        return new QualificationRow(qualification, person, sop, stateOf(qualification, now));
    }

    public boolean revoked() {
        return qualification.state() == QualificationState.REVOKED;
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    private static String stateOf(Qualification qualification, Instant now) {
        if (qualification.state() == QualificationState.REVOKED) {
            String reason = qualification.revocationReason();
            return "revoked on " + date(qualification.revokedAt())
                    + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
        }
        if (!now.isBefore(qualification.expiresAt())) {
            return "expired";
        }
        if (qualification.qualifiedAt().isAfter(now)) {
            return "not yet in force";
        }
        Duration left = Duration.between(now, qualification.expiresAt());
        if (left.compareTo(EXPIRING) <= 0) {
            long days = left.toDays();
            return days == 0 ? "expires today" : "expires in " + (days == 1 ? "1 day" : days + " days");
        }
        return "valid";
    }
}
