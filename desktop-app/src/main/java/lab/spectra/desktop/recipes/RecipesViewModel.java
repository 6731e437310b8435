package lab.spectra.desktop.recipes;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
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
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.Command;
import lab.spectra.model.id.Ids;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RecipeParameterSchema;
import lab.spectra.model.recipe.RejectRecipe;
import lab.spectra.model.recipe.RetireRecipe;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.model.sop.Sop;

/**
 * Recipes: the list (technicians see only approved ones: those are all they may run), the
 * selected recipe's parameters, linked SOPs, decisions and history, and the actions a role
 * allows: drafting, editing, submitting and new versions for engineers and above; approving,
 * rejecting and retiring for PIs and admins. Every action is a local command, so it works
 * offline. A decision is about the version on screen: it carries that row version, so if the
 * recipe changes before the decision reaches the server, nothing is decided (ADR 0010).
 */
public final class RecipesViewModel {

    private final RecipeQueries queries;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final RecipeDraftViewModel draft;
    private final ObservableList<Recipe> recipes = FXCollections.observableArrayList();
    private final ObjectProperty<Recipe> selected = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rejectionNotice = new ReadOnlyStringWrapper("");
    private final ObservableList<ParameterRow> parameterRows = FXCollections.observableArrayList();
    private final ObservableList<String> linkedSops = FXCollections.observableArrayList();
    private final ObservableList<String> decisions = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final BooleanBinding approvable;
    private final BooleanBinding rejectable;
    private final BooleanBinding retirable;
    private final BooleanBinding editable;
    private final BooleanBinding submittable;
    private final BooleanBinding versionable;
    private RecipeLibrary library = RecipeLibrary.EMPTY;
    /** The recipe to select once the list is read again (one just drafted). */
    private UUID toSelect;

    public RecipesViewModel(
            RecipeQueries queries, CommandSender commands, CurrentUser user, TaskRunner tasks, LocalData localData) {
        this.queries = queries;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        this.draft = new RecipeDraftViewModel(commands);
        approvable = when(recipe -> recipe.status() == ApprovalStatus.DRAFT);
        rejectable = when(Recipe::awaitingDecision);
        retirable = when(recipe -> recipe.status() == ApprovalStatus.APPROVED);
        editable = when(recipe -> recipe.status() == ApprovalStatus.DRAFT);
        submittable = when(recipe -> recipe.status() == ApprovalStatus.DRAFT && !recipe.awaitingDecision());
        versionable = when(recipe -> recipe.status() == ApprovalStatus.APPROVED);
        selected.addListener((observable, before, after) -> showDetails());
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    private BooleanBinding when(Predicate<Recipe> test) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && test.test(selected.get()), selected);
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

    /** The PI's comment on the selected draft when it was sent back; empty otherwise. */
    public ReadOnlyStringProperty rejectionNotice() {
        return rejectionNotice.getReadOnlyProperty();
    }

    public ObservableList<ParameterRow> parameterRows() {
        return parameterRows;
    }

    public ObservableList<String> linkedSops() {
        return linkedSops;
    }

    public ObservableList<String> decisions() {
        return decisions;
    }

    /** Every version of the selected recipe's lineage, its decisions and the parameter diffs. */
    public ObservableList<String> history() {
        return history;
    }

    public RecipeDraftViewModel draft() {
        return draft;
    }

    /** The status as the list shows it: "awaiting approval" and "rejected" for drafts. */
    public String statusOf(Recipe recipe) {
        return RecipeTexts.status(recipe);
    }

    public String authorOf(Recipe recipe) {
        return library.nameOf(recipe.authorId());
    }

    /** Whether Approve and Reject exist at all for this person (they are absent, not disabled, otherwise). */
    public boolean mayApprove() {
        return user.may(Action.APPROVE_RECIPE);
    }

    public boolean mayRetire() {
        return user.may(Action.RETIRE_RECIPE);
    }

    /** Whether New recipe, Edit draft, Submit and New version exist for this person. */
    public boolean mayAuthor() {
        return user.may(Action.CREATE_RECIPE);
    }

    public BooleanBinding approvable() {
        return approvable;
    }

    public BooleanBinding rejectable() {
        return rejectable;
    }

    public BooleanBinding retirable() {
        return retirable;
    }

    public BooleanBinding editable() {
        return editable;
    }

    public BooleanBinding submittable() {
        return submittable;
    }

    public BooleanBinding versionable() {
        return versionable;
    }

    /** Technicians see only approved recipes: those are all they may run. */
    public void load() {
        boolean onlyApproved = !mayAuthor();
        tasks.run(() -> queries.library(onlyApproved), this::show, failure -> message.set(Problems.describe(failure)));
    }

    private void show(RecipeLibrary loaded) {
        library = loaded;
        UUID keep = toSelect != null
                ? toSelect
                : selected.get() == null ? null : selected.get().id();
        toSelect = null;
        recipes.setAll(loaded.recipes());
        selected.set(
                keep == null
                        ? null
                        : loaded.recipes().stream()
                                .filter(recipe -> recipe.id().equals(keep))
                                .findFirst()
                                .orElse(null));
        showDetails();
    }

    private void showDetails() {
        Recipe recipe = selected.get();
        if (recipe == null) {
            parameterRows.clear();
            linkedSops.clear();
            decisions.clear();
            history.clear();
            rejectionNotice.set("");
            return;
        }
        parameterRows.setAll(ParameterRow.of(recipe.instrumentKind(), recipe.parameters()));
        linkedSops.setAll(recipe.sopIds().stream()
                .map(id -> library.sop(id).map(Sop::label).orElse("An SOP not on this bench"))
                .toList());
        decisions.setAll(library.decisionsOn(recipe.id()).stream()
                .map(decision -> RecipeTexts.decision(decision, library))
                .toList());
        history.setAll(RecipeTexts.history(recipe, library));
        rejectionNotice.set(RecipeTexts.rejectionNotice(recipe, library));
    }

    public void newRecipe() {
        if (mayAuthor()) {
            draft.startNew(library.approvedSops());
        }
    }

    public void editDraft() {
        if (mayAuthor() && editable.get()) {
            draft.startEdit(selected.get(), library.approvedSops());
        }
    }

    public void newVersion() {
        if (mayAuthor() && versionable.get()) {
            draft.startNewVersion(selected.get(), library.approvedSops());
        }
    }

    /** Saves the editor's draft and selects it once it is in the list. */
    public void saveDraft() {
        draft.save((recipeId, saved) -> {
            toSelect = recipeId;
            message.set(saved);
            load();
        });
    }

    /** Submits the selected draft for a PI's decision, after the complete check of its parameters. */
    public void submit() {
        Recipe recipe = selected.get();
        if (recipe == null || !mayAuthor()) {
            return;
        }
        List<String> problems = RecipeParameterSchema.problems(recipe.instrumentKind(), recipe.parameters(), true);
        if (!problems.isEmpty()) {
            message.set("Complete the parameters before submitting: " + String.join("; ", problems));
            return;
        }
        send(
                new SubmitRecipe(commands.newMeta(), recipe.id(), recipe.rowVersion()),
                "Submitted " + recipe.title() + " for approval");
    }

    public void approve() {
        Recipe recipe = selected.get();
        if (recipe == null || !mayApprove()) {
            return;
        }
        send(
                new ApproveRecipe(
                        commands.newMeta(), recipe.id(), Ids.newId(), blankToNull(comment.get()), recipe.rowVersion()),
                "Approved " + recipe.name());
    }

    /** Sends the selected draft back to its author; the comment says why and is required. */
    public void reject() {
        Recipe recipe = selected.get();
        if (recipe == null || !mayApprove()) {
            return;
        }
        String why = blankToNull(comment.get());
        if (why == null) {
            message.set("Write in the comment why you send " + recipe.title() + " back");
            return;
        }
        send(
                new RejectRecipe(commands.newMeta(), recipe.id(), Ids.newId(), why, recipe.rowVersion()),
                "Sent " + recipe.title() + " back to its author");
    }

    public void retire() {
        Recipe recipe = selected.get();
        if (recipe == null || !mayRetire()) {
            return;
        }
        send(
                new RetireRecipe(
                        commands.newMeta(), recipe.id(), Ids.newId(), blankToNull(comment.get()), recipe.rowVersion()),
                "Retired " + recipe.name());
    }

    private void send(Command command, String what) {
        commands.execute(command, () -> done(what), message::set);
    }

    private void done(String what) {
        comment.set("");
        message.set(what + "; it is sent to the server with the next sync");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
