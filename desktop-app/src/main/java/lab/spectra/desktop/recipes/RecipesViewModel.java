package lab.spectra.desktop.recipes;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Action;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RetireRecipe;

/**
 * Recipes: the list (technicians see only approved ones: those are all they may run), the
 * selected recipe's parameters, and Approve / Retire for those whose role allows it. A decision is
 * about the version on screen: it carries that row version, so if the recipe changes before the
 * decision reaches the server, nothing is decided (ADR 0010).
 */
public final class RecipesViewModel {

    private final WorkSession session;
    private final ObservableList<Recipe> recipes = FXCollections.observableArrayList();
    private final ObjectProperty<Recipe> selected = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding approvable;
    private final BooleanBinding retirable;

    public RecipesViewModel(WorkSession session) {
        this.session = session;
        approvable = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().status() == ApprovalStatus.DRAFT, selected);
        retirable = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().status() == ApprovalStatus.APPROVED, selected);
        session.localData().version().addListener((observable, before, after) -> load());
        load();
    }

    public ObservableList<Recipe> recipes() {
        return recipes;
    }

    public ObjectProperty<Recipe> selected() {
        return selected;
    }

    public StringProperty comment() {
        return comment;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Whether Approve exists at all for this person (it is absent, not disabled, otherwise). */
    public boolean mayApprove() {
        return session.user().may(Action.APPROVE_RECIPE);
    }

    public boolean mayRetire() {
        return session.user().may(Action.RETIRE_RECIPE);
    }

    public BooleanBinding approvable() {
        return approvable;
    }

    public BooleanBinding retirable() {
        return retirable;
    }

    public void load() {
        boolean onlyApproved = !session.user().may(Action.CREATE_RECIPE);
        session.tasks()
                .run(
                        () -> session.workstation()
                                .read(state -> state.<Recipe>findOrdered(
                                        Table.RECIPES,
                                        onlyApproved
                                                ? "deleted_at IS NULL AND status = 'approved'"
                                                : "deleted_at IS NULL",
                                        "ORDER BY name, version")),
                        this::show,
                        failure -> message.set(Problems.describe(failure)));
    }

    private void show(List<Recipe> loaded) {
        Recipe previouslySelected = selected.get();
        recipes.setAll(loaded);
        if (previouslySelected != null) {
            selected.set(loaded.stream()
                    .filter(recipe -> recipe.id().equals(previouslySelected.id()))
                    .findFirst()
                    .orElse(null));
        }
    }

    public void approve() {
        Recipe recipe = selected.get();
        if (recipe == null || !mayApprove()) {
            return;
        }
        session.execute(
                new ApproveRecipe(
                        session.newMeta(), recipe.id(), Ids.newId(), blankToNull(comment.get()), recipe.rowVersion()),
                () -> done("Approved " + recipe.name()),
                message::set);
    }

    public void retire() {
        Recipe recipe = selected.get();
        if (recipe == null || !mayRetire()) {
            return;
        }
        session.execute(
                new RetireRecipe(
                        session.newMeta(), recipe.id(), Ids.newId(), blankToNull(comment.get()), recipe.rowVersion()),
                () -> done("Retired " + recipe.name()),
                message::set);
    }

    private void done(String what) {
        comment.set("");
        message.set(what + "; it is sent to the server with the next sync");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
