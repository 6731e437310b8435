package lab.spectra.desktop.inbox;

import java.time.Instant;
import java.util.Objects;
import lab.spectra.desktop.shell.RecordToOpen;

/**
 * One thing that waits for the signed-in person, as the inbox lists it.
 *
 * @param text  what waits, in a sentence, e.g. "Recipe IV sweep v2, submitted by Eve Engineer"
 * @param when  the time that matters for it (submitted, flagged, started, expires), or null
 * @param opens the screen (and record) that deals with it
 */
public record InboxItem(Kind kind, String text, Instant when, RecordToOpen opens) {

    /** What kind of thing waits, in the order the inbox lists them: decisions first, reminders last. */
    public enum Kind {
        DECISION("To approve"),
        FLAGGED_RUN("Flagged by sync"),
        RUN_TO_REVIEW("Run to review"),
        SIGNATURE("Sign again"),
        SPC_ALERT("SPC alert"),
        MY_RUN("My open run"),
        QUALIFICATION("Qualification"),
        CALIBRATION("Calibration"),
        SYNC_PROBLEM("Sync problem");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The word the inbox's first column shows. */
        public String label() {
            return label;
        }
    }

    public InboxItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(opens, "opens");
    }
}
