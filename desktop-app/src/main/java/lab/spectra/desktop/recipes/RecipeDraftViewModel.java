package lab.spectra.desktop.recipes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.recipes.editor.ParameterEditorViewModel;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sop.Sop;

/**
 * The recipe editor: a new recipe, a change to a draft, or the next version of an approved
 * recipe. It writes a local command like every change on the bench, so it works offline and the
 * draft reaches the server with the next sync. Parameters with problems are not saved: the person
 * sees why beside the field first.
 */
public final class RecipeDraftViewModel {

    /** What the editor is writing. */
    public enum Mode {
        NEW("New recipe"),
        EDIT("Edit draft"),
        NEW_VERSION("New version");

        private final String title;

        Mode(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final CommandSender commands;
    private final ParameterEditorViewModel parameters = new ParameterEditorViewModel();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<SopChoice> sops = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper kindFixed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private Mode mode = Mode.NEW;
    private Recipe base;

    public RecipeDraftViewModel(CommandSender commands) {
        this.commands = commands;
    }

    public ParameterEditorViewModel parameters() {
        return parameters;
    }

    public StringProperty name() {
        return name;
    }

    public ObservableList<SopChoice> sops() {
        return sops;
    }

    public List<InstrumentKind> kinds() {
        return List.of(InstrumentKind.values());
    }

    /** Whether the editor is shown (instead of the recipe's details). */
    public ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }

    /** A draft's kind and a new version's are those of the recipe: only a new recipe chooses one. */
    public ReadOnlyBooleanProperty kindFixed() {
        return kindFixed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public Mode mode() {
        return mode;
    }

    public void startNew(List<Sop> approvedSops) {
        start(Mode.NEW, null, "", InstrumentKind.SMU, JsonObjects.empty(), approvedSops, List.of());
    }

    public void startEdit(Recipe draft, List<Sop> approvedSops) {
        start(Mode.EDIT, draft, draft.name(), draft.instrumentKind(), draft.parameters(), approvedSops, draft.sopIds());
    }

    /** The next version starts as a copy of the approved one, which stays approved until it is replaced. */
    public void startNewVersion(Recipe approved, List<Sop> approvedSops) {
        start(
                Mode.NEW_VERSION,
                approved,
                approved.name(),
                approved.instrumentKind(),
                approved.parameters(),
                approvedSops,
                approved.sopIds());
    }

    private void start(
            Mode newMode,
            Recipe from,
            String newName,
            InstrumentKind kind,
            ObjectNode values,
            List<Sop> approvedSops,
            List<UUID> linked) {
        mode = newMode;
        base = from;
        name.set(newName);
        parameters.load(kind, values);
        List<SopChoice> choices = new ArrayList<>();
        approvedSops.forEach(sop -> choices.add(new SopChoice(sop, linked.contains(sop.id()))));
        sops.setAll(choices);
        kindFixed.set(newMode != Mode.NEW);
        title.set(newMode == Mode.NEW ? newMode.title() : newMode.title() + " of " + from.title());
        message.set("");
        open.set(true);
    }

    public void cancel() {
        open.set(false);
        message.set("");
    }

    /**
     * Saves the draft locally. {@code onSaved} gets the recipe's id and what to tell the person;
     * problems keep the editor open with the reason.
     */
    public void save(SavedListener onSaved) {
        if (saving.get()) {
            return;
        }
        if (name.get() == null || name.get().isBlank()) {
            message.set("Give the recipe a name");
            return;
        }
        if (!parameters.problems().isEmpty()) {
            message.set("Correct the parameters first: " + String.join("; ", parameters.problems()));
            return;
        }
        List<UUID> chosenSops = sops.stream()
                .filter(choice -> choice.chosen().get())
                .map(choice -> choice.sop().id())
                .toList();
        UUID recipeId = mode == Mode.EDIT ? base.id() : Ids.newId();
        Command command =
                switch (mode) {
                    case NEW ->
                        new CreateRecipe(
                                commands.newMeta(),
                                recipeId,
                                name.get().strip(),
                                parameters.kind().get(),
                                parameters.parameters(),
                                null,
                                chosenSops);
                    case NEW_VERSION ->
                        new CreateRecipe(
                                commands.newMeta(),
                                recipeId,
                                name.get().strip(),
                                base.instrumentKind(),
                                parameters.parameters(),
                                base.id(),
                                chosenSops);
                    case EDIT -> edit(chosenSops);
                };
        if (command == null) {
            message.set("Nothing changed");
            return;
        }
        String saved = mode == Mode.EDIT
                ? "Saved the draft " + name.get().strip()
                : "Drafted " + name.get().strip();
        saving.set(true);
        commands.execute(
                command,
                () -> {
                    saving.set(false);
                    open.set(false);
                    onSaved.saved(recipeId, saved + "; it is sent to the server with the next sync");
                },
                refused -> {
                    saving.set(false);
                    message.set(refused);
                });
    }

    /** Only what changed is sent: each field with the value the author started from. */
    private EditRecipeDraft edit(List<UUID> chosenSops) {
        String newName = name.get().strip();
        var newParameters = parameters.parameters();
        FieldChange<String> nameChange = newName.equals(base.name()) ? null : new FieldChange<>(base.name(), newName);
        FieldChange<ObjectNode> parameterChange =
                newParameters.equals(base.parameters()) ? null : new FieldChange<>(base.parameters(), newParameters);
        FieldChange<List<UUID>> sopChange = Objects.equals(List.copyOf(chosenSops), base.sopIds())
                ? null
                : new FieldChange<>(base.sopIds(), chosenSops);
        if (nameChange == null && parameterChange == null && sopChange == null) {
            return null;
        }
        return new EditRecipeDraft(commands.newMeta(), base.id(), nameChange, parameterChange, sopChange);
    }

    /** Told once a draft is saved locally. */
    @FunctionalInterface
    public interface SavedListener {
        void saved(UUID recipeId, String message);
    }
}
