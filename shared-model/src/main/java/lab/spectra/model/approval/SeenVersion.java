package lab.spectra.model.approval;

import java.util.Optional;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.Row;

/**
 * Binds an approval or retirement to the version of the record the person looked at: the command
 * carries the row version they were shown ({@code expected_row_version}), and if the record has
 * changed since, nothing is decided and they see the current version instead. Without it an
 * approval could land on text its approver never read (ADR 0010).
 */
public final class SeenVersion {

    private SeenVersion() {}

    /**
     * Refuses a decision that does not say which version it was made on.
     *
     * @param kind e.g. "recipe"
     */
    public static Optional<Rejected> check(String kind, Long expectedRowVersion) {
        if (expectedRowVersion == null) {
            return Checks.fail(
                    RejectionCode.INVALID_INPUT,
                    "Say which version of the " + kind + " you looked at (expected_row_version, the row_version"
                            + " shown to you); nothing was decided");
        }
        return Checks.failIf(
                expectedRowVersion < 1,
                RejectionCode.INVALID_INPUT,
                "expected_row_version must be a row version: 1 or more");
    }

    /**
     * Accepted if the record is still the version the person looked at; otherwise a conflict that
     * shows them the current one.
     *
     * @param what the record as people name it, starting a sentence, e.g. "Recipe IV sweep v2"
     */
    public static Decision decide(String what, Row current, long expectedRowVersion, ApprovalStatus target) {
        return decide(what, current, expectedRowVersion, target == ApprovalStatus.RETIRED ? "retire" : "approve");
    }

    /**
     * Like {@link #decide(String, Row, long, ApprovalStatus)} for any step a person takes on what
     * they saw.
     *
     * @param verb what they are about to do, e.g. "reject", "submit"
     */
    public static Decision decide(String what, Row current, long expectedRowVersion, String verb) {
        if (current.rowVersion() == expectedRowVersion) {
            return Decision.ACCEPTED;
        }
        return new Conflict(
                what + " was changed after you opened it; look at the current version before you " + verb + " it",
                current);
    }
}
