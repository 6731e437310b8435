package lab.spectra.desktop.recipes;

import java.util.List;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;

/** What the bench reads about recipes: a lab keeps tens of them, so they are read whole. */
public final class RecipeQueries {

    private static final String RECIPES = "SELECT " + LocalRows.columns(Table.RECIPES, "r")
            + " FROM recipes r WHERE r.organization_id = ? AND r.deleted_at IS NULL";
    private static final String BY_NAME = " ORDER BY r.name, r.version, r.id";

    private final LocalReads reads;

    public RecipeQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** Every recipe not deleted, in every state, by name and version. */
    public List<Recipe> all() {
        return reads.read(rows -> rows.rows(Table.RECIPES, RECIPES + BY_NAME, rows.organizationId()));
    }

    /** The approved recipes: the only ones a run may follow. */
    public List<Recipe> approved() {
        return reads.read(rows ->
                rows.rows(Table.RECIPES, RECIPES + " AND r.status = 'approved'" + BY_NAME, rows.organizationId()));
    }
}
