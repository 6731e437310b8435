package lab.spectra.model.recipe;

public enum ApprovalDecision {
    APPROVED,
    RETIRED
}
