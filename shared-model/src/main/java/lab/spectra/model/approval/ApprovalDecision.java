package lab.spectra.model.approval;

/** A PI's or admin's decision on a recipe or an SOP. */
public enum ApprovalDecision {
    APPROVED,
    /** Sent back to its author as a draft, with the PI's comment. */
    REJECTED,
    RETIRED
}
