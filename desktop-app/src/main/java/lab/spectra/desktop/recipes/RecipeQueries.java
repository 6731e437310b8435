package lab.spectra.desktop.recipes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RecipeApproval;
import lab.spectra.model.sop.Sop;

/** What the bench reads about recipes: a lab keeps tens of them, so they are read whole. */
public final class RecipeQueries {

    private static final String RECIPES = "SELECT " + LocalRows.columns(Table.RECIPES, "r")
            + " FROM recipes r WHERE r.organization_id = ? AND r.deleted_at IS NULL";
    private static final String BY_NAME = " ORDER BY r.name, r.version, r.id";
    private static final String DECISIONS = "SELECT " + LocalRows.columns(Table.RECIPE_APPROVALS, "a")
            + " FROM recipe_approvals a WHERE a.organization_id = ? ORDER BY a.decided_at, a.id";
    private static final String SOPS = "SELECT " + LocalRows.columns(Table.SOPS, "s")
            + " FROM sops s WHERE s.organization_id = ? AND s.deleted_at IS NULL ORDER BY s.title, s.version, s.id";
    private static final String PEOPLE = "SELECT u.id, u.display_name FROM users u WHERE u.organization_id = ?";

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

    /**
     * What the recipes screen shows, in one read: the recipes ({@code onlyApproved} for those
     * who may only run them), every decision on them, the lab's SOPs and the names of its people.
     */
    public RecipeLibrary library(boolean onlyApproved) {
        return reads.read(rows -> {
            UUID organization = rows.organizationId();
            List<Recipe> recipes = rows.rows(
                    Table.RECIPES,
                    RECIPES + (onlyApproved ? " AND r.status = 'approved'" : "") + BY_NAME,
                    organization);
            List<RecipeApproval> decisions = rows.rows(Table.RECIPE_APPROVALS, DECISIONS, organization);
            List<Sop> sops = rows.rows(Table.SOPS, SOPS, organization);
            Map<UUID, String> people = new HashMap<>();
            rows.list(PEOPLE, row -> people.put(row.getObject(1, UUID.class), row.getString(2)), organization);
            return new RecipeLibrary(recipes, decisions, sops, people);
        });
    }
}
