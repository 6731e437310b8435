package lab.spectra.desktop.runs.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.Command;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.derived.DerivedResult;
import lab.spectra.model.rundata.importers.ColumnMapping;

/**
 * A run's data tab: the files attached to the run and its results, importing an instrument export
 * (parsed first: a file that does not read records nothing; then taken in by content, attached,
 * and its derived results recorded with their algorithm and raw file), and the selected file's
 * curves, with the same sample's other runs of the same format laid over them.
 */
public final class RunDataViewModel {

    /** How many of the sample's other files are looked at for an overlay. */
    static final int OVERLAY_CANDIDATES = 8;

    private final RunDataQueries queries;
    private final RunFiles files;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<ResultLine> results = FXCollections.observableArrayList();
    private final ObjectProperty<Attachment> selectedFile = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Plot> plot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper plotStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Bumped for every fresh read: a read arriving after another run or file was chosen is dropped. */
    private int generation;

    private int plotGeneration;
    /** The file just imported: shown as soon as the list holds it. */
    private UUID justImported;

    public RunDataViewModel(
            RunDataQueries queries,
            RunFiles files,
            CommandSender commands,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData) {
        this.queries = queries;
        this.files = files;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        run.addListener((observable, before, after) -> {
            justImported = null;
            message.set("");
            load();
        });
        selectedFile.addListener((observable, before, after) -> showFile(after));
        localData.version().addListener((observable, before, after) -> load());
    }

    /** Technicians and up import data into their runs, offline too. */
    public boolean mayImport() {
        return user.may(Action.RECORD_RESULT);
    }

    public ObjectProperty<Run> run() {
        return run;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ObservableList<ResultLine> results() {
        return results;
    }

    public ObjectProperty<Attachment> selectedFile() {
        return selectedFile;
    }

    /** The selected file's curves; null while none is shown. */
    public ReadOnlyObjectProperty<Plot> plot() {
        return plot.getReadOnlyProperty();
    }

    /** Why the chart is empty, in words: reading, not on this PC, not a curve. */
    public ReadOnlyStringProperty plotStatus() {
        return plotStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Reads the run's files and results again, in the background. */
    public void load() {
        int current = ++generation;
        Run shown = run.get();
        if (shown == null) {
            attachments.clear();
            results.clear();
            selectedFile.set(null);
            return;
        }
        UUID runId = shown.id();
        tasks.run(
                () -> new RunData(
                        queries.attachments(runId),
                        queries.results(runId).stream().map(ResultLine::of).toList()),
                data -> {
                    if (current != generation) {
                        return;
                    }
                    UUID selectedId = justImported != null
                            ? justImported
                            : selectedFile.get() == null
                                    ? null
                                    : selectedFile.get().id();
                    attachments.setAll(data.attachments());
                    results.setAll(data.results());
                    Optional<Attachment> kept = data.attachments().stream()
                            .filter(file -> file.id().equals(selectedId))
                            .findFirst();
                    if (kept.isPresent()) {
                        justImported = null;
                        if (!kept.get().equals(selectedFile.get())) {
                            selectedFile.set(kept.get());
                        }
                    } else if (justImported == null) {
                        // The newest file, as the one a person most likely came to see.
                        selectedFile.set(
                                data.attachments().isEmpty()
                                        ? null
                                        : data.attachments()
                                                .get(data.attachments().size() - 1));
                    }
                },
                this::failed);
    }

    private record RunData(List<Attachment> attachments, List<ResultLine> results) {}

    /**
     * Imports an instrument export into the selected run: read and checked in the background, then
     * the file attached and each derived result recorded through the bench's commands.
     */
    public void importFile(Path path) {
        Run target = run.get();
        if (target == null) {
            message.set("Choose a run first");
            return;
        }
        if (!mayImport()) {
            message.set("Only technicians, engineers and PIs import data into runs");
            return;
        }
        String fileName = path.getFileName().toString();
        message.set("Reading " + fileName + "…");
        tasks.run(
                () -> prepare(target.id(), path),
                prepared -> {
                    if (prepared instanceof Prepared.Refused refused) {
                        message.set(refused.reason());
                    } else {
                        Prepared.Ready ready = (Prepared.Ready) prepared;
                        justImported = ready.attach().attachmentId();
                        commands.execute(ready.attach(), () -> recordResults(ready, 0), reason -> {
                            justImported = null;
                            message.set(fileName + " was not attached: " + reason);
                        });
                    }
                },
                this::failed);
    }

    /** What an import will send, worked out off the JavaFX thread. */
    private sealed interface Prepared {
        record Ready(AttachFile attach, List<RecordResult> results, int points) implements Prepared {}

        record Refused(String reason) implements Prepared {}
    }

    private Prepared prepare(UUID runId, Path path) throws java.io.IOException {
        String fileName = path.getFileName().toString();
        byte[] content = Files.readAllBytes(path);
        Optional<ColumnMapping> recipeMapping;
        try {
            recipeMapping = queries.columnMappingOf(runId);
        } catch (IllegalArgumentException invalidMapping) {
            return new Prepared.Refused(
                    fileName + " was not imported. The run's recipe: " + invalidMapping.getMessage());
        }
        DataFileImport.Reading reading = DataFileImport.read(fileName, content, recipeMapping);
        if (reading instanceof DataFileImport.Refused refused) {
            return new Prepared.Refused(fileName + " was not imported. " + refused.reason());
        }
        DataFileImport.Read read = (DataFileImport.Read) reading;
        RunFiles.TakenIn taken = files.takeIn(path);
        if (!taken.contentSha256().equals(read.data().sourceSha256())) {
            return new Prepared.Refused(fileName + " changed while it was read; import it again");
        }
        AttachFile attach = new AttachFile(
                commands.newMeta(),
                Ids.newId(),
                runId,
                fileName,
                DataFileImport.mediaType(read.format(), fileName),
                taken.sizeBytes(),
                taken.contentSha256());
        List<RecordResult> recorded = new ArrayList<>();
        for (DerivedResult derived : read.derived()) {
            recorded.add(new RecordResult(
                    commands.newMeta(),
                    Ids.newId(),
                    runId,
                    derived.quantity(),
                    derived.value(),
                    derived.unit(),
                    "sha256:" + taken.contentSha256(),
                    derived.toPayload()));
        }
        int points = read.data() instanceof ImportedData.Curves curves
                ? curves.series().stream().mapToInt(series -> series.size()).sum()
                : 0;
        return new Prepared.Ready(attach, recorded, points);
    }

    /** Records the derived results one after another; stops at the first the rules refuse. */
    private void recordResults(Prepared.Ready ready, int next) {
        if (next == ready.results().size()) {
            message.set(summary(ready));
            return;
        }
        Command command = ready.results().get(next);
        commands.execute(
                command,
                () -> recordResults(ready, next + 1),
                reason -> message.set(
                        ready.attach().fileName() + " was attached; its results were not recorded: " + reason));
    }

    private static String summary(Prepared.Ready ready) {
        StringBuilder text = new StringBuilder("Imported " + ready.attach().fileName());
        if (ready.points() > 0) {
            text.append(": ").append(ready.points()).append(" points");
        }
        for (RecordResult result : ready.results()) {
            text.append(String.format(Locale.ROOT, "; %s = %.4g %s", result.quantity(), result.value(), result.unit()));
        }
        return text.toString();
    }

    private void showFile(Attachment file) {
        int current = ++plotGeneration;
        plot.set(null);
        if (file == null) {
            plotStatus.set("");
            return;
        }
        plotStatus.set("Opening " + file.fileName() + "…");
        Run shown = run.get();
        tasks.run(
                () -> plotOf(file, shown),
                drawn -> {
                    if (current == plotGeneration) {
                        plot.set(drawn.plot().orElse(null));
                        plotStatus.set(drawn.status());
                    }
                },
                failure -> {
                    if (current == plotGeneration) {
                        plotStatus.set(file.fileName() + " is not on this PC and needs the network to be fetched: "
                                + Problems.describe(failure));
                    }
                });
    }

    private record Drawn(Optional<Plot> plot, String status) {}

    private Drawn plotOf(Attachment file, Run shown) throws java.io.IOException {
        Path bytes = files.fetch(file.contentSha256());
        Optional<Plot> own = curvesOf(file, bytes);
        if (own.isEmpty()) {
            return new Drawn(Optional.empty(), file.fileName() + " holds no curves to plot");
        }
        List<Plot> overlays = new ArrayList<>();
        if (shown != null) {
            for (Attachment other : queries.sameSampleOtherRuns(shown.id(), OVERLAY_CANDIDATES)) {
                // Only files already on this PC: an overlay never waits for the network.
                Optional<Path> held = files.local(other.contentSha256());
                if (held.isPresent()) {
                    curvesOf(other, held.get())
                            .filter(candidate -> candidate
                                            .xLabel()
                                            .equals(own.get().xLabel())
                                    && candidate.yLabel().equals(own.get().yLabel()))
                            .ifPresent(overlays::add);
                }
            }
        }
        Plot plotted = own.get().overlaidWith(overlays);
        String status = own.get().pointCount() + " points"
                + (overlays.isEmpty()
                        ? ""
                        : ", with " + overlays.size() + " other run" + (overlays.size() == 1 ? "" : "s")
                                + " of the sample");
        return new Drawn(Optional.of(plotted), status);
    }

    private Optional<Plot> curvesOf(Attachment file, Path bytes) throws java.io.IOException {
        Optional<ColumnMapping> recipeMapping;
        try {
            recipeMapping = queries.columnMappingOf(file.recordId());
        } catch (IllegalArgumentException invalidMapping) {
            // Plotting a dedicated format never needs the mapping; an invalid one only leaves tables unread.
            recipeMapping = Optional.empty();
        }
        DataFileImport.Reading reading = DataFileImport.read(file.fileName(), Files.readAllBytes(bytes), recipeMapping);
        if (reading instanceof DataFileImport.Read read && read.data() instanceof ImportedData.Curves curves) {
            return Optional.of(Plot.of(file.fileName(), read.format(), curves));
        }
        return Optional.empty();
    }

    private void failed(Throwable failure) {
        message.set(Problems.describe(failure));
    }
}
