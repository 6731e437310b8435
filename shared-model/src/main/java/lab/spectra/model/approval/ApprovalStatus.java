package lab.spectra.model.approval;

/** Lifecycle of an approved document (recipes and SOPs). */
public enum ApprovalStatus {
    DRAFT,
    APPROVED,
    RETIRED
}
