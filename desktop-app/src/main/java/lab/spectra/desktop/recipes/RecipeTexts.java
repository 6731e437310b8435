package lab.spectra.desktop.recipes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.recipe.ParameterChange;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RecipeApproval;

/** The sentences the recipes screen shows about a recipe: its state, its decisions, its history. */
public final class RecipeTexts {

    private RecipeTexts() {}

    /** "awaiting approval" and "rejected" say more than "draft" about where a draft stands. */
    public static String status(Recipe recipe) {
        if (recipe.awaitingDecision()) {
            return "awaiting approval";
        }
        if (recipe.status() == ApprovalStatus.DRAFT && recipe.rejectedAt() != null) {
            return "rejected";
        }
        return recipe.status().name().toLowerCase(Locale.ROOT);
    }

    /** "Approved by Pia Investigator, 2026-11-30 14:02: Checked the limits". */
    public static String decision(RecipeApproval decision, RecipeLibrary library) {
        String verb = decision.decision().name().toLowerCase(Locale.ROOT);
        String line = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " by "
                + library.nameOf(decision.approverId()) + ", " + Times.format(decision.decidedAt());
        return decision.comment() == null || decision.comment().isBlank() ? line : line + ": " + decision.comment();
    }

    /** The PI's comment on a draft sent back, as its author must read it; empty otherwise. */
    public static String rejectionNotice(Recipe recipe, RecipeLibrary library) {
        if (recipe == null || recipe.status() != ApprovalStatus.DRAFT || recipe.rejectedAt() == null) {
            return "";
        }
        return "Sent back by " + library.nameOf(recipe.rejectedBy()) + ", " + Times.format(recipe.rejectedAt()) + ": "
                + (recipe.rejectionComment() == null ? "" : recipe.rejectionComment());
    }

    /**
     * Every version of the recipe's lineage, oldest first: its state and author, the decisions on
     * it with their comments, and what changed in the parameters from the version before.
     */
    public static List<String> history(Recipe recipe, RecipeLibrary library) {
        List<String> lines = new ArrayList<>();
        Recipe previous = null;
        for (Recipe version : library.lineageOf(recipe)) {
            lines.add(version.title() + " (" + status(version) + "), written by " + library.nameOf(version.authorId()));
            if (previous != null) {
                List<ParameterChange> changes =
                        ParameterChange.between(version.instrumentKind(), previous.parameters(), version.parameters());
                if (changes.isEmpty()) {
                    lines.add("    Parameters as in v" + previous.version());
                }
                for (ParameterChange change : changes) {
                    lines.add("    " + change.describe());
                }
            }
            for (RecipeApproval decision : library.decisionsOn(version.id())) {
                lines.add("    " + decision(decision, library));
            }
            previous = version;
        }
        return lines;
    }
}
