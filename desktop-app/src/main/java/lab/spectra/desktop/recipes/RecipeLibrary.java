package lab.spectra.desktop.recipes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RecipeApproval;
import lab.spectra.model.sop.Sop;

/**
 * The recipes screen's data as read in one go: the recipes shown, the decisions on them, the
 * lab's SOPs and people's names. Everything the detail pane and the history show is derived from
 * it, so selecting a recipe reads nothing more.
 */
public record RecipeLibrary(
        List<Recipe> recipes, List<RecipeApproval> decisions, List<Sop> sops, Map<UUID, String> people) {

    public static final RecipeLibrary EMPTY = new RecipeLibrary(List.of(), List.of(), List.of(), Map.of());

    public RecipeLibrary {
        recipes = List.copyOf(recipes);
        decisions = List.copyOf(decisions);
        sops = List.copyOf(sops);
        people = Map.copyOf(people);
    }

    public String nameOf(UUID person) {
        return person == null ? "" : people.getOrDefault(person, "someone no longer listed");
    }

    /** Every version of the recipe's lineage this screen shows, oldest first. */
    public List<Recipe> lineageOf(Recipe recipe) {
        return recipes.stream()
                .filter(other -> other.lineageId().equals(recipe.lineageId()))
                .sorted(Comparator.comparingInt(Recipe::version))
                .toList();
    }

    public List<RecipeApproval> decisionsOn(UUID recipeId) {
        return decisions.stream()
                .filter(decision -> decision.recipeId().equals(recipeId))
                .toList();
    }

    public Optional<Sop> sop(UUID id) {
        return sops.stream().filter(sop -> sop.id().equals(id)).findFirst();
    }

    /** The SOPs a recipe may be linked to: the approved ones. */
    public List<Sop> approvedSops() {
        return sops.stream()
                .filter(sop -> sop.status() == ApprovalStatus.APPROVED)
                .toList();
    }
}
