package lab.spectra.model.instrument;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Why an instrument needs requalification before it is used again (ADR 0022), completing
 * "XRD-01 needs requalification ...". Dates are UTC calendar dates, as in every hold.
 */
public sealed interface RequalificationTrigger {

    DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** Since when the instrument has been waiting for it. */
    Instant since();

    /** The end of the sentence, e.g. "after maintenance on 2026-11-30". */
    String inWords();

    record AfterMaintenance(Instant since, String label) implements RequalificationTrigger {
        @Override
        public String inWords() {
            return "after maintenance on " + DATE.format(since);
        }
    }

    record AfterRelocation(Instant since, String label) implements RequalificationTrigger {
        @Override
        public String inWords() {
            return "after relocation on " + DATE.format(since) + " (" + label + ")";
        }
    }

    /**
     * @param lastQualifiedAt the last requalification, or {@code null} when there never was one
     */
    record AfterRuns(int limit, long runs, Instant lastQualifiedAt, Instant since) implements RequalificationTrigger {
        @Override
        public String inWords() {
            return "after " + runs + " runs (limit " + limit + ") since "
                    + (lastQualifiedAt == null
                            ? "it was registered"
                            : "its last qualification on " + DATE.format(lastQualifiedAt));
        }
    }
}
