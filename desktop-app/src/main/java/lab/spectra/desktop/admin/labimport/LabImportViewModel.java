package lab.spectra.desktop.admin.labimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.labimport.LabRecordKind;

/**
 * Bringing a lab's existing records in from CSV files: choose what the file holds and the file;
 * the server previews every line (or names every line at fault), and only a previewed file can be
 * imported — exactly the bytes that were previewed, all or nothing. People imported get one-time
 * passwords, listed here once for the admin to hand out.
 */
public final class LabImportViewModel {

    /** Files larger than this are not a lab's inventory; the server refuses them too. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final LabImports imports;
    private final TaskRunner tasks;
    private final ObjectProperty<LabRecordKind> kind = new SimpleObjectProperty<>(LabRecordKind.PEOPLE);
    private final ObservableList<ImportLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper();
    private byte[] previewed;
    private LabRecordKind previewedKind;

    public LabImportViewModel(LabImports imports, TaskRunner tasks) {
        this.imports = imports;
        this.tasks = tasks;
        // Another kind makes the preview say nothing about the import.
        kind.addListener((observable, was, now) -> forgetPreview());
    }

    public List<LabRecordKind> kinds() {
        return List.of(LabRecordKind.values());
    }

    /** The columns a file of the chosen kind has, for the screen's hint. */
    public static String columnsOf(LabRecordKind kind) {
        String required = String.join(", ", kind.requiredColumns());
        return kind.optionalColumns().isEmpty()
                ? "Columns: " + required
                : "Columns: " + required + " (optional: " + String.join(", ", kind.optionalColumns()) + ")";
    }

    /** Reads the file and asks the server what it would record; writes nothing. */
    public void preview(Path file) {
        LabRecordKind chosen = kind.get();
        forgetPreview();
        fileName.set(file.getFileName().toString());
        busy.set(true);
        message.set("Checking " + file.getFileName() + "…");
        tasks.run(
                () -> {
                    if (Files.size(file) > MAX_FILE_BYTES) {
                        throw new IllegalArgumentException("The file is larger than 8 MB; split it into several files");
                    }
                    byte[] bytes = Files.readAllBytes(file);
                    return new Previewed(bytes, imports.preview(chosen, bytes));
                },
                result -> {
                    busy.set(false);
                    if (result.answer() instanceof AdminClient.ImportAccepted accepted) {
                        previewed = result.bytes();
                        previewedKind = chosen;
                        importable.set(!accepted.rows().isEmpty());
                        show(accepted);
                        message.set(
                                accepted.rows().isEmpty()
                                        ? "The file has no records below its header line"
                                        : "Ready: " + records(accepted.rows().size()) + " to import. Nothing is"
                                                + " imported until you press Import.");
                    } else {
                        show((AdminClient.ImportRefused) result.answer());
                    }
                },
                this::failed);
    }

    /** Imports the file that was previewed, all or nothing. */
    public void importPreviewed() {
        if (!importable.get()) {
            message.set("Choose a file and check its preview first");
            return;
        }
        byte[] bytes = previewed;
        LabRecordKind chosen = previewedKind;
        busy.set(true);
        message.set("Importing…");
        tasks.run(
                () -> imports.importFile(chosen, bytes),
                answer -> {
                    busy.set(false);
                    forgetPreview();
                    if (answer instanceof AdminClient.ImportAccepted accepted) {
                        show(accepted);
                        message.set("Imported " + records(accepted.rows().size())
                                + (chosen == LabRecordKind.PEOPLE
                                        ? ". Give each person their one-time password now: it is shown only here,"
                                                + " and they choose their own at their first sign-in."
                                        : "."));
                    } else {
                        show((AdminClient.ImportRefused) answer);
                    }
                },
                this::failed);
    }

    private void show(AdminClient.ImportAccepted accepted) {
        lines.setAll(accepted.rows().stream()
                .map(row -> new ImportLine(
                        row.line(),
                        row.summary(),
                        false,
                        row.temporaryPassword() == null ? "" : row.temporaryPassword()))
                .toList());
    }

    private void show(AdminClient.ImportRefused refused) {
        lines.setAll(refused.lines().stream()
                .map(line -> new ImportLine(
                        line.line(), (line.column() == null ? "" : line.column() + ": ") + line.message(), true, ""))
                .toList());
        message.set(refused.message() + ". Correct the file and choose it again.");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(
                failure instanceof IllegalArgumentException ? failure.getMessage() : Problems.describeOnline(failure));
    }

    private void forgetPreview() {
        previewed = null;
        previewedKind = null;
        importable.set(false);
    }

    private static String records(int count) {
        return count == 1 ? "1 record" : count + " records";
    }

    private record Previewed(byte[] bytes, AdminClient.ImportAnswer answer) {}

    public ObjectProperty<LabRecordKind> kind() {
        return kind;
    }

    public ObservableList<ImportLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileName() {
        return fileName.getReadOnlyProperty();
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** True once a file was previewed without fault and not yet imported. */
    public ReadOnlyBooleanProperty importable() {
        return importable.getReadOnlyProperty();
    }
}
