package lab.spectra.model.approval;

import java.util.Optional;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/**
 * draft → approved → retired, and nothing else: an approved document is never edited in place
 * (a new version is drafted instead), and a retired one never comes back. Shared by recipes and
 * SOPs.
 */
public final class ApprovalWorkflow {

    private ApprovalWorkflow() {}

    public static boolean allows(ApprovalStatus from, ApprovalStatus to) {
        return (from == ApprovalStatus.DRAFT && to == ApprovalStatus.APPROVED)
                || (from == ApprovalStatus.APPROVED && to == ApprovalStatus.RETIRED);
    }

    /**
     * Refuses a status change the approval workflow does not allow.
     *
     * @param what e.g. "Recipe IV sweep v2"
     */
    public static Optional<Rejected> checkTransition(String what, ApprovalStatus from, ApprovalStatus to) {
        if (allows(from, to)) {
            return Optional.empty();
        }
        return Optional.of(new Rejected(
                RejectionCode.ILLEGAL_TRANSITION, what + " is " + describe(from) + " and cannot be " + verb(to)));
    }

    public static Optional<Rejected> checkEditable(String what, ApprovalStatus status) {
        if (status == ApprovalStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of(new Rejected(
                RejectionCode.ILLEGAL_TRANSITION, what + " is " + describe(status) + "; only drafts can be edited"));
    }

    private static String describe(ApprovalStatus status) {
        return switch (status) {
            case DRAFT -> "a draft";
            case APPROVED -> "approved";
            case RETIRED -> "retired";
        };
    }

    private static String verb(ApprovalStatus target) {
        return switch (target) {
            case DRAFT -> "turned back into a draft";
            case APPROVED -> "approved";
            case RETIRED -> "retired";
        };
    }
}
