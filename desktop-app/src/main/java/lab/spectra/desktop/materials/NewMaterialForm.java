package lab.spectra.desktop.materials;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.model.auth.Action;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateMaterial;

/**
 * "New material…" where a material is chosen: opened from a form, it adds the material on this PC
 * (sent with the next sync) and hands its id back to that form, which chooses it. The shared
 * command checks the name against the materials on this PC; the server checks it again.
 */
public final class NewMaterialForm {

    private final CommandSender commands;
    private final CurrentUser user;
    private final Consumer<String> message;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty formula = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private Consumer<UUID> whenCreated = id -> {};

    /** @param message where the outcome is said in words (the screen's message line) */
    public NewMaterialForm(CommandSender commands, CurrentUser user, Consumer<String> message) {
        this.commands = commands;
        this.user = user;
        this.message = message;
    }

    public boolean mayCreate() {
        return user.may(Action.CREATE_MATERIAL);
    }

    /** Shows the form; the material made is handed to {@code chosen} (the form that opened it). */
    public void open(Consumer<UUID> chosen) {
        if (!mayCreate()) {
            return;
        }
        whenCreated = chosen;
        open.set(true);
    }

    public void cancel() {
        open.set(false);
        clear();
    }

    public void create() {
        if (!mayCreate()) {
            return;
        }
        CreateMaterial create =
                new CreateMaterial(commands.newMeta(), Ids.newId(), name.get(), formula.get(), description.get());
        commands.execute(
                create,
                () -> {
                    message.accept("Added material " + create.name().strip()
                            + "; it is sent to the server with the next sync");
                    open.set(false);
                    clear();
                    whenCreated.accept(create.materialId());
                },
                message);
    }

    public ReadOnlyBooleanProperty isOpen() {
        return open.getReadOnlyProperty();
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty formula() {
        return formula;
    }

    public StringProperty description() {
        return description;
    }

    private void clear() {
        name.set("");
        formula.set("");
        description.set("");
    }
}
