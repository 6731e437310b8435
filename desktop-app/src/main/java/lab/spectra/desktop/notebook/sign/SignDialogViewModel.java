package lab.spectra.desktop.notebook.sign;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.eln.SignatureMeaning;

/**
 * The sign dialog: shows what is being signed and its hash, takes the meaning and the password
 * typed again, and hands them to the {@link EntrySigner} in the background. The password is
 * cleared from memory once the signer has it, whatever the outcome.
 */
public final class SignDialogViewModel {

    private final SigningRequest request;
    private final List<SignatureMeaning> meanings;
    private final EntrySigner signer;
    private final TaskRunner tasks;
    private final Runnable onSigned;
    private final ObjectProperty<SignatureMeaning> meaning = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signed = new ReadOnlyBooleanWrapper(false);

    /**
     * @param meanings the meanings this person may use for this entry ({@link SigningMeanings})
     * @param onSigned runs on the JavaFX thread once the signature was recorded
     */
    public SignDialogViewModel(
            SigningRequest request,
            List<SignatureMeaning> meanings,
            EntrySigner signer,
            TaskRunner tasks,
            Runnable onSigned) {
        this.request = request;
        this.meanings = List.copyOf(meanings);
        this.signer = signer;
        this.tasks = tasks;
        this.onSigned = onSigned;
        if (this.meanings.size() == 1) {
            meaning.set(this.meanings.get(0));
        }
    }

    public SigningRequest request() {
        return request;
    }

    public List<SignatureMeaning> meanings() {
        return meanings;
    }

    public ObjectProperty<SignatureMeaning> meaning() {
        return meaning;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signed() {
        return signed.getReadOnlyProperty();
    }

    /** Signs with the chosen meaning; {@code password} is cleared before this returns or soon after. */
    public void sign(char[] password) {
        SignatureMeaning chosen = meaning.get();
        if (chosen == null || !meanings.contains(chosen)) {
            Arrays.fill(password, '\0');
            message.set("Choose what your signature means");
            return;
        }
        if (password.length == 0) {
            message.set("Type your password again to sign");
            return;
        }
        busy.set(true);
        message.set("Signing…");
        tasks.run(
                () -> {
                    try {
                        return signer.sign(request.entryId(), request.contentSha256(), chosen, password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                },
                outcome -> {
                    busy.set(false);
                    message.set(describe(outcome));
                    if (outcome instanceof SigningOutcome.Signed) {
                        signed.set(true);
                        onSigned.run();
                    }
                },
                failure -> {
                    busy.set(false);
                    message.set(Problems.describe(failure));
                });
    }

    private String describe(SigningOutcome outcome) {
        if (outcome instanceof SigningOutcome.WrongPassword wrong) {
            return "The password is wrong; nothing was signed. "
                    + (wrong.remaining() == 1
                            ? "One more wrong password locks signing on this bench."
                            : wrong.remaining() + " more wrong passwords lock signing on this bench.");
        }
        if (outcome instanceof SigningOutcome.Locked) {
            return "Signing is locked on this bench after too many wrong passwords; sign in online to unlock it";
        }
        if (outcome instanceof SigningOutcome.Refused refused) {
            return "Not signed: " + refused.reason();
        }
        return "Signed " + request.title() + " (version " + request.version() + ") as "
                + SigningMeanings.label(meaning.get()).toLowerCase(Locale.ROOT);
    }
}
