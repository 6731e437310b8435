package lab.spectra.desktop.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.recipes.RecipeQueries;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.store.Page;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.auth.Action;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.AbortRun;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.Sample;

/**
 * Runs: the list (newest first, a window at a time, more as the person scrolls), starting one
 * from an approved recipe on an instrument the lockout allows (a locked instrument cannot be used
 * and the reason is shown) on a sample found by name or barcode, results, finish and abort.
 */
public final class RunsViewModel {

    /** How many runs a window of the list adds. */
    public static final int PAGE_SIZE = 100;
    /** How many samples the start form offers for what is typed in its search field. */
    public static final int SAMPLE_CHOICES = 50;
    /** How long the sample search waits after a keystroke before it reads (as the samples filter does). */
    public static final Duration SAMPLE_SEARCH_QUIET = Duration.ofMillis(120);

    private final RunQueries runQueries;
    private final RecipeQueries recipeQueries;
    private final SampleQueries sampleQueries;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final ObservableList<InstrumentLockout> lockouts;
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    /** How many runs the list holds in all, once counted; -1 while counting. */
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(-1);

    private final StringBinding listSummary;
    private final ObservableList<Recipe> approvedRecipes = FXCollections.observableArrayList();
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final StringProperty sampleSearch = new SimpleStringProperty("");
    private final ObjectProperty<RunRow> selectedRun = new SimpleObjectProperty<>();
    private final ObjectProperty<Recipe> recipe = new SimpleObjectProperty<>();
    private final ObjectProperty<InstrumentLockout> instrument = new SimpleObjectProperty<>();
    private final ObjectProperty<Sample> sample = new SimpleObjectProperty<>();
    /** The instruments the chosen recipe can run on (all of them before a recipe is chosen). */
    private final FilteredList<InstrumentLockout> instrumentsForRecipe;

    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty abortReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding startBlockedReason;
    private final BooleanBinding selectedRunIsRunning;
    /** Bumped for every fresh read of a list: an older read arriving late is dropped. */
    private int runsGeneration;

    private int samplesGeneration;
    private boolean loadingMore;
    /** The read a keystroke in the start form's sample search waits to make. */
    private TaskRunner.Pending sampleSearchRead = TaskRunner.Pending.NONE;

    /**
     * @param lockouts every instrument with its calibration state, kept current by the shell
     */
    public RunsViewModel(
            RunQueries runQueries,
            RecipeQueries recipeQueries,
            SampleQueries sampleQueries,
            CommandSender commands,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData,
            ObservableList<InstrumentLockout> lockouts) {
        this.runQueries = runQueries;
        this.recipeQueries = recipeQueries;
        this.sampleQueries = sampleQueries;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        this.lockouts = lockouts;
        startBlockedReason = Bindings.createStringBinding(this::whyStartIsBlocked, recipe, instrument, sample);
        selectedRunIsRunning = Bindings.createBooleanBinding(
                () -> selectedRun.get() != null && selectedRun.get().run().status() == RunStatus.RUNNING, selectedRun);
        lockouts.addListener((ListChangeListener<InstrumentLockout>) change -> refreshInstrument());
        instrumentsForRecipe = new FilteredList<>(lockouts, any -> true);
        recipe.addListener((observable, before, chosen) -> {
            instrumentsForRecipe.setPredicate(
                    lockout -> chosen == null || lockout.instrument().kind() == chosen.instrumentKind());
            if (chosen != null
                    && instrument.get() != null
                    && instrument.get().instrument().kind() != chosen.instrumentKind()) {
                instrument.set(null); // an instrument of another kind cannot run this recipe
            }
        });
        listSummary = Bindings.createStringBinding(this::summarize, runs, hasMore, total);
        sampleSearch.addListener((observable, before, after) -> {
            // Typed quickly, a sample's name is one read of the lab's samples, not one per letter.
            samplesGeneration++;
            sampleSearchRead.cancel();
            sampleSearchRead = tasks.afterQuiet(SAMPLE_SEARCH_QUIET, this::loadSampleChoices);
        });
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    public boolean mayStart() {
        return user.may(Action.START_RUN);
    }

    public boolean mayRecordResults() {
        return user.may(Action.RECORD_RESULT);
    }

    public boolean mayFinishOrAbort() {
        return user.may(Action.FINISH_RUN);
    }

    /** The window of the list read so far, newest first. */
    public ObservableList<RunRow> runs() {
        return runs;
    }

    /** How many runs the list holds in all, once counted; -1 while counting. */
    public ReadOnlyLongProperty total() {
        return total.getReadOnlyProperty();
    }

    /** How much of the list is shown, in words. */
    public StringBinding listSummary() {
        return listSummary;
    }

    /** Whether runs follow the window read so far: {@link #loadMore} reads them. */
    public ReadOnlyBooleanProperty hasMore() {
        return hasMore.getReadOnlyProperty();
    }

    public ObservableList<Recipe> approvedRecipes() {
        return approvedRecipes;
    }

    /**
     * The instruments of the chosen recipe's kind (every instrument before a recipe is chosen),
     * with their calibration state: locked ones are listed, marked, and refused.
     */
    public ObservableList<InstrumentLockout> instruments() {
        return instrumentsForRecipe;
    }

    /** The samples a run may start on that match {@link #sampleSearch}, by name, at most {@value #SAMPLE_CHOICES}. */
    public ObservableList<Sample> samples() {
        return samples;
    }

    /** A name or barcode (part of it) narrowing the samples offered; blank offers the first by name. */
    public StringProperty sampleSearch() {
        return sampleSearch;
    }

    public ObjectProperty<RunRow> selectedRun() {
        return selectedRun;
    }

    public ObjectProperty<Recipe> recipe() {
        return recipe;
    }

    public ObjectProperty<InstrumentLockout> instrument() {
        return instrument;
    }

    public ObjectProperty<Sample> sample() {
        return sample;
    }

    public StringProperty quantity() {
        return quantity;
    }

    public StringProperty value() {
        return value;
    }

    public StringProperty unit() {
        return unit;
    }

    public StringProperty abortReason() {
        return abortReason;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Empty when a run may start with the current choices; otherwise the reason, in words. */
    public StringBinding startBlockedReason() {
        return startBlockedReason;
    }

    public BooleanBinding selectedRunIsRunning() {
        return selectedRunIsRunning;
    }

    private String whyStartIsBlocked() {
        if (recipe.get() == null || instrument.get() == null || sample.get() == null) {
            return "Choose a recipe, an instrument and a sample";
        }
        return RunForms.instrumentFor(recipe.get())
                .problemWith(instrument.get())
                .orElse("");
    }

    private void refreshInstrument() {
        if (instrument.get() != null) {
            UUID id = instrument.get().instrument().id();
            instrument.set(lockouts.stream()
                    .filter(lockout -> lockout.instrument().id().equals(id))
                    .findFirst()
                    .orElse(null));
        }
    }

    /** Reads the list window, the approved recipes and the sample choices again, in the background. */
    public void load() {
        int generation = ++runsGeneration;
        int size = Math.max(PAGE_SIZE, runs.size());
        tasks.run(() -> runQueries.page(null, size), page -> showRuns(generation, page), this::failed);
        tasks.run(recipeQueries::approved, approvedRecipes::setAll, this::failed);
        loadSampleChoices();
    }

    /**
     * Selects a run another screen asked to show (a point of an SPC chart), putting it on top of
     * the list when it is not in the window read so far.
     */
    public void open(UUID runId) {
        tasks.run(
                () -> runQueries.row(runId),
                found -> found.ifPresentOrElse(
                        row -> {
                            RunRow listed = runs.stream()
                                    .filter(shown -> shown.run().id().equals(runId))
                                    .findFirst()
                                    .orElseGet(() -> {
                                        runs.add(0, row);
                                        return row;
                                    });
                            selectedRun.set(listed);
                        },
                        () -> message.set("That run is not on this bench")),
                this::failed);
    }

    /** Reads the next window of the list and adds it, unless one is being read or none follows. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore || runs.isEmpty()) {
            return;
        }
        loadingMore = true;
        int generation = runsGeneration;
        RunRow last = runs.get(runs.size() - 1);
        tasks.run(
                () -> runQueries.page(last, PAGE_SIZE),
                page -> {
                    loadingMore = false;
                    if (generation == runsGeneration) {
                        runs.addAll(page.rows());
                        hasMore.set(page.hasMore());
                    }
                },
                failure -> {
                    loadingMore = false;
                    failed(failure);
                });
    }

    private void showRuns(int generation, Page<RunRow> page) {
        if (generation != runsGeneration) {
            return;
        }
        loadingMore = false;
        Optional<UUID> selectedId =
                Optional.ofNullable(selectedRun.get()).map(row -> row.run().id());
        runs.setAll(page.rows());
        hasMore.set(page.hasMore());
        countRuns(generation, page);
        selectedId.ifPresent(id -> selectedRun.set(page.rows().stream()
                .filter(row -> row.run().id().equals(id))
                .findFirst()
                .orElse(null)));
    }

    /** The total for the status line: the rows shown when they are all, otherwise counted apart. */
    private void countRuns(int generation, Page<RunRow> page) {
        if (!page.hasMore()) {
            total.set(page.rows().size());
            return;
        }
        total.set(-1);
        tasks.run(
                runQueries::count,
                counted -> {
                    if (generation == runsGeneration) {
                        total.set(counted);
                    }
                },
                this::failed);
    }

    private String summarize() {
        int shown = runs.size();
        if (hasMore.get()) {
            String of = total.get() < 0 ? "" : String.format(Locale.ROOT, " of %,d", total.get());
            return "The newest " + shown + of + " runs; scroll down for more";
        }
        return shown == 1 ? "1 run" : shown + " runs";
    }

    /** Enter in the sample search (a scanner's Enter): reads now instead of after the pause. */
    public void searchSamplesNow() {
        loadSampleChoices();
    }

    private void loadSampleChoices() {
        sampleSearchRead.cancel();
        int generation = ++samplesGeneration;
        String typed = sampleSearch.get();
        tasks.run(
                () -> sampleQueries.page(typed, null, SAMPLE_CHOICES).rows(),
                found -> {
                    if (generation == samplesGeneration) {
                        samples.setAll(found);
                        // A scanned barcode names its sample exactly: it is chosen at once.
                        found.stream()
                                .filter(match -> match.barcode().equalsIgnoreCase(typed.strip()))
                                .findFirst()
                                .ifPresent(sample::set);
                    }
                },
                this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Problems.describe(failure));
    }

    public void startRun() {
        if (!mayStart() || !whyStartIsBlocked().isEmpty()) {
            message.set(whyStartIsBlocked());
            return;
        }
        // Read now: the form may change (a sync reloads its choices) before the run is applied.
        Instrument chosenInstrument = instrument.get().instrument();
        StartRun start = new StartRun(
                commands.newMeta(),
                Ids.newId(),
                recipe.get().id(),
                chosenInstrument.id(),
                sample.get().id(),
                null);
        commands.execute(start, () -> message.set("Run started on " + chosenInstrument.name()), message::set);
    }

    public void recordResult() {
        RunRow row = selectedRun.get();
        if (row == null) {
            return;
        }
        Optional<Double> number = RunForms.number(value.get());
        if (number.isEmpty()) {
            message.set(RunForms.NOT_A_NUMBER);
            return;
        }
        commands.execute(
                new RecordResult(
                        commands.newMeta(),
                        Ids.newId(),
                        row.run().id(),
                        quantity.get(),
                        number.get(),
                        unit.get(),
                        null,
                        manualPayload()),
                () -> {
                    message.set("Result recorded: " + quantity.get() + " = " + value.get() + " " + unit.get());
                    quantity.set("");
                    value.set("");
                    unit.set("");
                },
                message::set);
    }

    /** A typed-in number says so, so a reviewer tells it from one computed from a file. */
    private static ObjectNode manualPayload() {
        ObjectNode payload = JsonObjects.empty();
        payload.put("manual", true);
        return payload;
    }

    public void finishRun() {
        RunRow row = selectedRun.get();
        if (row != null) {
            commands.execute(
                    new FinishRun(commands.newMeta(), row.run().id()), () -> message.set("Run finished"), message::set);
        }
    }

    public void abortRun() {
        RunRow row = selectedRun.get();
        if (row != null) {
            commands.execute(
                    new AbortRun(commands.newMeta(), row.run().id(), abortReason.get()),
                    () -> {
                        abortReason.set("");
                        message.set("Run aborted");
                    },
                    message::set);
        }
    }
}
