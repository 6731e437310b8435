package lab.spectra.desktop.runs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Action;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.AbortRun;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.Sample;

/**
 * Runs: the list, starting one from an approved recipe on an instrument the lockout allows (a
 * locked instrument cannot be used and the reason is shown), results, finish and abort.
 */
public final class RunsViewModel {

    private final WorkSession session;
    private final ObservableList<InstrumentLockout> lockouts;
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<Recipe> approvedRecipes = FXCollections.observableArrayList();
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ObjectProperty<RunRow> selectedRun = new SimpleObjectProperty<>();
    private final ObjectProperty<Recipe> recipe = new SimpleObjectProperty<>();
    private final ObjectProperty<InstrumentLockout> instrument = new SimpleObjectProperty<>();
    private final ObjectProperty<Sample> sample = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty abortReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding startBlockedReason;
    private final BooleanBinding selectedRunIsRunning;

    public RunsViewModel(WorkSession session, ObservableList<InstrumentLockout> lockouts) {
        this.session = session;
        this.lockouts = lockouts;
        startBlockedReason = Bindings.createStringBinding(this::whyStartIsBlocked, recipe, instrument, sample);
        selectedRunIsRunning = Bindings.createBooleanBinding(
                () -> selectedRun.get() != null && selectedRun.get().run().status() == RunStatus.RUNNING, selectedRun);
        lockouts.addListener((ListChangeListener<InstrumentLockout>) change -> refreshInstrument());
        session.localData().version().addListener((observable, before, after) -> load());
        load();
    }

    public boolean mayStart() {
        return session.user().may(Action.START_RUN);
    }

    public boolean mayRecordResults() {
        return session.user().may(Action.RECORD_RESULT);
    }

    public boolean mayFinishOrAbort() {
        return session.user().may(Action.FINISH_RUN);
    }

    public ObservableList<RunRow> runs() {
        return runs;
    }

    public ObservableList<Recipe> approvedRecipes() {
        return approvedRecipes;
    }

    /** Every instrument with its calibration state: locked ones are listed, marked, and refused. */
    public ObservableList<InstrumentLockout> instruments() {
        return lockouts;
    }

    public ObservableList<Sample> samples() {
        return samples;
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

    private record Loaded(List<RunRow> runs, List<Recipe> recipes, List<Sample> samples) {}

    public void load() {
        session.tasks()
                .run(
                        () -> session.workstation().read(state -> {
                            List<Recipe> recipes =
                                    state.findOrdered(Table.RECIPES, "deleted_at IS NULL", "ORDER BY name");
                            List<Sample> allSamples =
                                    state.findOrdered(Table.SAMPLES, "deleted_at IS NULL", "ORDER BY name");
                            Map<UUID, String> recipeNames = names(recipes, Recipe::id, Recipe::name);
                            Map<UUID, String> sampleNames = names(allSamples, Sample::id, Sample::name);
                            Map<UUID, String> instrumentNames = names(
                                    state.<Instrument>find(Table.INSTRUMENTS, "1 = 1"),
                                    Instrument::id,
                                    Instrument::name);
                            Map<UUID, String> people = names(
                                    state.<UserAccount>find(Table.USERS, "1 = 1"),
                                    UserAccount::id,
                                    UserAccount::displayName);
                            List<RunRow> rows = state
                                    .<Run>findOrdered(
                                            Table.RUNS, "1 = 1", "ORDER BY started_at DESC NULLS FIRST LIMIT 500")
                                    .stream()
                                    .map(run -> new RunRow(
                                            run,
                                            recipeNames.getOrDefault(run.recipeId(), "?"),
                                            instrumentNames.getOrDefault(run.instrumentId(), "?"),
                                            sampleNames.getOrDefault(run.sampleId(), "?"),
                                            people.getOrDefault(run.operatorId(), "?")))
                                    .toList();
                            List<Recipe> approved = recipes.stream()
                                    .filter(candidate -> candidate.status() == ApprovalStatus.APPROVED)
                                    .toList();
                            return new Loaded(rows, approved, allSamples);
                        }),
                        loaded -> {
                            Optional<UUID> selectedId = Optional.ofNullable(selectedRun.get())
                                    .map(row -> row.run().id());
                            runs.setAll(loaded.runs());
                            approvedRecipes.setAll(loaded.recipes());
                            samples.setAll(loaded.samples());
                            selectedId.ifPresent(id -> selectedRun.set(loaded.runs().stream()
                                    .filter(row -> row.run().id().equals(id))
                                    .findFirst()
                                    .orElse(null)));
                        },
                        failure -> message.set(Problems.describe(failure)));
    }

    private static <T> Map<UUID, String> names(List<T> rows, Function<T, UUID> id, Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(id, name, (first, second) -> first));
    }

    public void startRun() {
        if (!mayStart() || !whyStartIsBlocked().isEmpty()) {
            message.set(whyStartIsBlocked());
            return;
        }
        StartRun start = new StartRun(
                session.newMeta(),
                Ids.newId(),
                recipe.get().id(),
                instrument.get().instrument().id(),
                sample.get().id(),
                null);
        session.execute(
                start,
                () -> message.set(
                        "Run started on " + instrument.get().instrument().name()),
                message::set);
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
        session.execute(
                new RecordResult(
                        session.newMeta(),
                        Ids.newId(),
                        row.run().id(),
                        quantity.get(),
                        number.get(),
                        unit.get(),
                        null,
                        null),
                () -> {
                    message.set("Result recorded: " + quantity.get() + " = " + value.get() + " " + unit.get());
                    quantity.set("");
                    value.set("");
                    unit.set("");
                },
                message::set);
    }

    public void finishRun() {
        RunRow row = selectedRun.get();
        if (row != null) {
            session.execute(
                    new FinishRun(session.newMeta(), row.run().id()), () -> message.set("Run finished"), message::set);
        }
    }

    public void abortRun() {
        RunRow row = selectedRun.get();
        if (row != null) {
            session.execute(
                    new AbortRun(session.newMeta(), row.run().id(), abortReason.get()),
                    () -> {
                        abortReason.set("");
                        message.set("Run aborted");
                    },
                    message::set);
        }
    }
}
