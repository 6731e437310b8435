package lab.spectra.desktop.sops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SopApproval;

/** The sentences the SOP library shows: an SOP's state, its decisions and its versions. */
public final class SopTexts {

    private SopTexts() {}

    public static String status(Sop sop) {
        if (sop.awaitingDecision()) {
            return "awaiting approval";
        }
        if (sop.status() == ApprovalStatus.DRAFT && sop.rejectedAt() != null) {
            return "rejected";
        }
        return sop.status().name().toLowerCase(Locale.ROOT);
    }

    /** "Retired by Pia Investigator, 2026-11-30 14:02: Replaced by the new probe station". */
    public static String decision(SopApproval decision, SopLibrary library) {
        String verb = decision.decision().name().toLowerCase(Locale.ROOT);
        String line = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " by "
                + library.nameOf(decision.approverId()) + ", " + Times.format(decision.decidedAt());
        return decision.comment() == null || decision.comment().isBlank() ? line : line + ": " + decision.comment();
    }

    public static String rejectionNotice(Sop sop, SopLibrary library) {
        if (sop == null || sop.status() != ApprovalStatus.DRAFT || sop.rejectedAt() == null) {
            return "";
        }
        return "Sent back by " + library.nameOf(sop.rejectedBy()) + ", " + Times.format(sop.rejectedAt()) + ": "
                + (sop.rejectionComment() == null ? "" : sop.rejectionComment());
    }

    /** Every version of the lineage, oldest first, each with its decisions. */
    public static List<String> versions(Sop sop, SopLibrary library) {
        List<String> lines = new ArrayList<>();
        for (Sop version : library.lineageOf(sop)) {
            lines.add("v" + version.version() + " " + version.title() + " (" + status(version) + "), written by "
                    + library.nameOf(version.authorId()));
            for (SopApproval decision : library.decisionsOn(version.id())) {
                lines.add("    " + decision(decision, library));
            }
            if (version.retirementReason() != null
                    && library.decisionsOn(version.id()).isEmpty()) {
                lines.add("    Retired: " + version.retirementReason());
            }
        }
        return lines;
    }
}
