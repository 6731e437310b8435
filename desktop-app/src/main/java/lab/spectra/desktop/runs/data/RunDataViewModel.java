package lab.spectra.desktop.runs.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.PixelSize;
import lab.spectra.model.rundata.derived.AlgorithmId;
import lab.spectra.model.rundata.derived.AnalysisWindow;
import lab.spectra.model.rundata.derived.Derivation;
import lab.spectra.model.rundata.derived.DerivedResult;
import lab.spectra.model.rundata.derived.StandardDerivations;
import lab.spectra.model.rundata.importers.ColumnMapping;
import lab.spectra.model.rundata.importers.ImportFormat;

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
    private final Map<UUID, String> apiKeys = new HashMap<>();
    private final ReadOnlyStringWrapper dataSource = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Attachment> selectedFile = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Plot> plot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper plotStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SemPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper asksForPixelSize = new ReadOnlyBooleanWrapper(false);
    private final TypedPixelSizes typedPixelSizes = new TypedPixelSizes();
    private final RunAnalysis analysis = new RunAnalysis();

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

    /** The selected file's SEM image; null while the file is not an image. */
    public ReadOnlyObjectProperty<SemPicture> picture() {
        return picture.getReadOnlyProperty();
    }

    /** True while the image shown carries no pixel size of its own, so one may be typed in. */
    public ReadOnlyBooleanProperty asksForPixelSize() {
        return asksForPixelSize.getReadOnlyProperty();
    }

    /**
     * Takes the size of one pixel of the image shown, typed in nanometres, for its scale bar. A
     * decimal comma is read like a point; anything but a plausible SEM pixel is refused in words.
     */
    public void typePixelSize(String nanometresPerPixel) {
        SemPicture shown = picture.get();
        Attachment file = selectedFile.get();
        if (shown == null || file == null || !asksForPixelSize.get()) {
            return;
        }
        Optional<PixelSize> typed = TypedPixelSizes.parse(nanometresPerPixel);
        if (typed.isEmpty()) {
            plotStatus.set("Type the size of one pixel in nanometres, a number above 0 and below "
                    + RunAnalysis.formatted(TypedPixelSizes.LARGEST_NM) + ", e.g. 2.5");
            return;
        }
        typedPixelSizes.put(file.contentSha256(), typed.get());
        picture.set(shown.withPixelSize(typed.get()));
        plotStatus.set(describe(file, picture.get()));
    }

    /** The method and window chosen for the selected curve, to record its results again. */
    public RunAnalysis analysis() {
        return analysis;
    }

    /**
     * Computes the chosen method again over the typed window and records its results with the
     * window in their payload, next to the results already recorded: a result is never changed.
     */
    public void recordWithWindow() {
        Run target = run.get();
        Optional<RunAnalysis.Curves> shown = analysis.curves();
        AlgorithmId chosen = analysis.method().get();
        if (target == null || shown.isEmpty() || chosen == null) {
            message.set("Choose a file with curves first");
            return;
        }
        if (!mayImport()) {
            message.set("Only technicians, engineers and PIs record results");
            return;
        }
        Optional<AnalysisWindow> window = analysis.typedWindow();
        String unit = analysis.windowUnit().get();
        if (window.isEmpty()) {
            message.set("Type the window's two ends as different numbers in " + unit + ", e.g. 0.2 and 0.8");
            return;
        }
        RunAnalysis.Curves curves = shown.get();
        message.set("Computing " + chosen + " over the window…");
        tasks.run(
                () -> StandardDerivations.derive(chosen, curves.data(), window),
                derivation -> {
                    if (derivation instanceof Derivation.Refused refused) {
                        message.set("Nothing was recorded: " + refused.message());
                        return;
                    }
                    List<RecordResult> recorded = new ArrayList<>();
                    for (DerivedResult derived : ((Derivation.Computed) derivation).results()) {
                        recorded.add(recordOf(target.id(), curves.file().contentSha256(), derived));
                    }
                    recordInTurn(
                            recorded,
                            0,
                            () -> message.set(resultsText(
                                    new StringBuilder("Recorded over "
                                            + RunAnalysis.formatted(window.get().low()) + " to "
                                            + RunAnalysis.formatted(window.get().high()) + " " + unit),
                                    recorded)),
                            reason -> message.set("Not recorded: " + reason));
                },
                this::failed);
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
            apiKeys.clear();
            dataSource.set("");
            selectedFile.set(null);
            return;
        }
        UUID runId = shown.id();
        tasks.run(
                () -> {
                    Map<UUID, String> keys = queries.apiKeysOf(runId);
                    return new RunData(
                            queries.attachments(runId),
                            queries.results(runId).stream()
                                    .map(result -> ResultLine.of(result, keys))
                                    .toList(),
                            keys);
                },
                data -> {
                    if (current != generation) {
                        return;
                    }
                    UUID selectedId = justImported != null
                            ? justImported
                            : selectedFile.get() == null
                                    ? null
                                    : selectedFile.get().id();
                    apiKeys.clear();
                    apiKeys.putAll(data.apiKeys());
                    attachments.setAll(data.attachments());
                    results.setAll(data.results());
                    dataSource.set(
                            data.apiKeys().isEmpty()
                                    ? ""
                                    : "Data from "
                                            + String.join(", ", data.apiKeys().values()));
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

    private record RunData(List<Attachment> attachments, List<ResultLine> results, Map<UUID, String> apiKeys) {}

    /** "Data from API key Keithley-2 (spk_ab12cd34…)" when instrument software sent some of the run's data. */
    public ReadOnlyStringProperty dataSource() {
        return dataSource.getReadOnlyProperty();
    }

    /** The file's name, and the API key it came from, if instrument software sent it. */
    public String fileLabel(Attachment file) {
        String key = apiKeys.get(file.uploadedBy());
        return key == null ? file.fileName() : file.fileName() + " (from " + key + ")";
    }

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
        int points = 0;
        ImportFormat format;
        String readSha256;
        List<DerivedResult> derivedResults;
        if (reading instanceof DataFileImport.UnscaledImage image) {
            format = image.format();
            readSha256 = image.sourceSha256();
            derivedResults = List.of();
        } else {
            DataFileImport.Read read = (DataFileImport.Read) reading;
            format = read.format();
            readSha256 = read.data().sourceSha256();
            derivedResults = read.derived();
            if (read.data() instanceof ImportedData.Curves curves) {
                points = curves.series().stream()
                        .mapToInt(series -> series.size())
                        .sum();
            }
        }
        RunFiles.TakenIn taken = files.takeIn(path);
        if (!taken.contentSha256().equals(readSha256)) {
            return new Prepared.Refused(fileName + " changed while it was read; import it again");
        }
        AttachFile attach = new AttachFile(
                commands.newMeta(),
                Ids.newId(),
                runId,
                fileName,
                DataFileImport.mediaType(format, fileName),
                taken.sizeBytes(),
                taken.contentSha256());
        List<RecordResult> recorded = new ArrayList<>();
        for (DerivedResult derived : derivedResults) {
            recorded.add(recordOf(runId, taken.contentSha256(), derived));
        }
        return new Prepared.Ready(attach, recorded, points);
    }

    private RecordResult recordOf(UUID runId, String contentSha256, DerivedResult derived) {
        return new RecordResult(
                commands.newMeta(),
                Ids.newId(),
                runId,
                derived.quantity(),
                derived.value(),
                derived.unit(),
                "sha256:" + contentSha256,
                derived.toPayload());
    }

    /** Records the derived results one after another; stops at the first the rules refuse. */
    private void recordResults(Prepared.Ready ready, int next) {
        recordInTurn(
                ready.results(),
                next,
                () -> message.set(summary(ready)),
                reason -> message.set(
                        ready.attach().fileName() + " was attached; its results were not recorded: " + reason));
    }

    private void recordInTurn(List<RecordResult> results, int next, Runnable done, Consumer<String> refused) {
        if (next == results.size()) {
            done.run();
            return;
        }
        Command command = results.get(next);
        commands.execute(command, () -> recordInTurn(results, next + 1, done, refused), refused);
    }

    private static String summary(Prepared.Ready ready) {
        StringBuilder text = new StringBuilder("Imported " + ready.attach().fileName());
        if (ready.points() > 0) {
            text.append(": ").append(ready.points()).append(" points");
        }
        return resultsText(text, ready.results());
    }

    private static String resultsText(StringBuilder text, List<RecordResult> results) {
        for (RecordResult result : results) {
            text.append(String.format(Locale.ROOT, "; %s = %.4g %s", result.quantity(), result.value(), result.unit()));
        }
        return text.toString();
    }

    private void showFile(Attachment file) {
        int current = ++plotGeneration;
        plot.set(null);
        picture.set(null);
        asksForPixelSize.set(false);
        analysis.show(null);
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
                        picture.set(drawn.picture().orElse(null));
                        asksForPixelSize.set(drawn.asksForPixelSize());
                        plotStatus.set(drawn.status());
                        analysis.show(drawn.curves().orElse(null));
                    }
                },
                failure -> {
                    if (current == plotGeneration) {
                        plotStatus.set(file.fileName() + " is not on this PC and needs the network to be fetched: "
                                + Problems.describe(failure));
                    }
                });
    }

    /** What the selected file shows: curves, an SEM image (and whether it needs a typed pixel size), or words. */
    private record Drawn(
            Optional<Plot> plot,
            Optional<SemPicture> picture,
            boolean asksForPixelSize,
            String status,
            Optional<RunAnalysis.Curves> curves) {

        static Drawn words(String status) {
            return new Drawn(Optional.empty(), Optional.empty(), false, status, Optional.empty());
        }

        static Drawn image(SemPicture picture, boolean asksForPixelSize, String status) {
            return new Drawn(Optional.empty(), Optional.of(picture), asksForPixelSize, status, Optional.empty());
        }
    }

    private Drawn plotOf(Attachment file, Run shown) throws java.io.IOException {
        Path bytes = files.fetch(file.contentSha256());
        byte[] content = Files.readAllBytes(bytes);
        DataFileImport.Reading reading = readingOf(file, content);
        if (reading instanceof DataFileImport.UnscaledImage) {
            SemPicture image = SemPicture.decode(content, typedPixelSizes.of(file.contentSha256()));
            return Drawn.image(image, true, describe(file, image));
        }
        if (reading instanceof DataFileImport.Read read && read.data() instanceof ImportedData.SemImage sem) {
            SemPicture image = SemPicture.decode(content, Optional.of(sem.pixelSize()));
            return Drawn.image(image, false, describe(file, image));
        }
        Optional<Plot> own = curvesOf(file.fileName(), reading);
        if (own.isEmpty()) {
            return Drawn.words(file.fileName() + " holds no curves to plot");
        }
        List<Plot> overlays = new ArrayList<>();
        if (shown != null) {
            for (Attachment other : queries.sameSampleOtherRuns(shown.id(), OVERLAY_CANDIDATES)) {
                // Only files already on this PC: an overlay never waits for the network.
                Optional<Path> held = files.local(other.contentSha256());
                if (held.isPresent()) {
                    curvesOf(other.fileName(), readingOf(other, Files.readAllBytes(held.get())))
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
        DataFileImport.Read read = (DataFileImport.Read) reading;
        RunAnalysis.Curves curves = new RunAnalysis.Curves(
                file,
                read.format(),
                (ImportedData.Curves) read.data(),
                shown == null ? Optional.empty() : lastMethodFrom(shown.id(), file.contentSha256()));
        return new Drawn(Optional.of(plotted), Optional.empty(), false, status, Optional.of(curves));
    }

    /** Reads a run's file as its run's recipe says: a table no importer knows by the recipe's column mapping. */
    private DataFileImport.Reading readingOf(Attachment file, byte[] content) {
        Optional<ColumnMapping> recipeMapping;
        try {
            recipeMapping = queries.columnMappingOf(file.recordId());
        } catch (IllegalArgumentException invalidMapping) {
            // Plotting a dedicated format never needs the mapping; an invalid one only leaves tables unread.
            recipeMapping = Optional.empty();
        }
        return DataFileImport.read(file.fileName(), content, recipeMapping);
    }

    /** The algorithm of the run's latest result computed from the file, so recording again starts from it. */
    private Optional<AlgorithmId> lastMethodFrom(UUID runId, String contentSha256) {
        Optional<AlgorithmId> last = Optional.empty();
        for (Result result : queries.results(runId)) {
            JsonNode payload = result.payload();
            if (payload != null
                    && contentSha256.equals(
                            payload.at("/provenance/source_sha256").asText())
                    && payload.path("algorithm").isTextual()
                    && payload.path("algorithm_version").canConvertToInt()) {
                try {
                    last = Optional.of(new AlgorithmId(
                            payload.get("algorithm").asText(),
                            payload.get("algorithm_version").asInt()));
                } catch (IllegalArgumentException notAnAlgorithmName) {
                    // A payload written by other software: it names no method this bench offers.
                }
            }
        }
        return last;
    }

    private static String describe(Attachment file, SemPicture image) {
        String size = file.fileName() + ": " + image.widthPixels() + " × " + image.heightPixels() + " pixels";
        if (image.pixelSize().isEmpty()) {
            return size + "; the image carries no pixel size: type the size of one pixel for a scale bar";
        }
        PixelSize pixel = image.pixelSize().get();
        return size + String.format(Locale.ROOT, ", %.4g nm per pixel", pixel.widthMetres() * 1e9)
                + (pixel.source() == PixelSize.Source.TYPED_IN ? " (typed in)" : " (from the file)")
                + "; scroll to zoom";
    }

    private static Optional<Plot> curvesOf(String fileName, DataFileImport.Reading reading) {
        if (reading instanceof DataFileImport.Read read && read.data() instanceof ImportedData.Curves curves) {
            return Optional.of(Plot.of(fileName, read.format(), curves));
        }
        return Optional.empty();
    }

    private void failed(Throwable failure) {
        message.set(Problems.describe(failure));
    }
}
