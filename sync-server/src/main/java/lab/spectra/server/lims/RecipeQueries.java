package lab.spectra.server.lims;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Recipes, every version of each. */
public final class RecipeQueries {

    /** @param status only recipes in this state of approval; null for all */
    public record Filter(ApprovalStatus status) {

        public static final Filter ALL = new Filter(null);
    }

    private final TenantReads reads;

    public RecipeQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** A live recipe of the viewer's organization. */
    public Optional<Recipe> find(UserAccount viewer, UUID recipeId) {
        return reads.read(viewer, state -> state.recipe(recipeId).filter(recipe -> recipe.deletedAt() == null));
    }

    /**
     * Every version of the recipe's lineage with its decisions and parameter changes; empty when
     * the recipe is not one of the viewer's organization (or was deleted).
     */
    public Optional<RecipeHistory> history(UserAccount viewer, UUID recipeId) {
        return reads.read(viewer, state -> state.recipe(recipeId)
                .filter(recipe -> recipe.deletedAt() == null)
                .map(recipe -> RecipeHistory.of(state, recipe)));
    }

    /** Recipes that are not deleted, in the order they were drafted. */
    public Page<Recipe> page(UserAccount viewer, Filter filter, PageRequest page) {
        String status = filter.status() == null ? null : filter.status().name().toLowerCase(Locale.ROOT);
        return reads.page(
                viewer, Table.RECIPES, Conditions.where("deleted_at IS NULL").andIfGiven("status = ?", status), page);
    }
}
