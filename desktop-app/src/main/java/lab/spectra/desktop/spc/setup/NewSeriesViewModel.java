package lab.spectra.desktop.spc.setup;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.spc.setup.FormNumbers.Parsed;
import lab.spectra.desktop.spc.setup.SetupChoices.InstrumentChoice;
import lab.spectra.desktop.spc.setup.SetupChoices.MaterialChoice;
import lab.spectra.desktop.spc.setup.SetupChoices.QuantityChoice;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.id.Ids;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.CreateSpcSeries;

/**
 * "New series…": what a series watches (instrument, recipe lineage, quantity and unit, optionally a
 * material), its chart, baseline size and rules, whether it is critical, and its specification
 * limits; sent as {@link CreateSpcSeries}. The lineages offered are the lab's recipe names for the
 * instrument's kind; the quantities suggested are those results of the lineage already carry.
 */
public final class NewSeriesViewModel {

    /** The baseline size offered first: the smallest the shared rules accept. */
    public static final int DEFAULT_BASELINE = 20;

    /** The material choice that narrows nothing. */
    public static final String EVERY_MATERIAL = "Every material";

    private final SpcSetupQueries queries;
    private final CommandSender commands;
    private final TaskRunner tasks;
    private final Runnable afterChange;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<InstrumentChoice> instruments = FXCollections.observableArrayList();
    private final ObjectProperty<InstrumentChoice> instrument = new SimpleObjectProperty<>();
    private final ObservableList<String> recipeNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> recipeName = new SimpleObjectProperty<>();
    private final ObservableList<QuantityChoice> quantities = FXCollections.observableArrayList();
    private final ObservableList<String> quantityNames = FXCollections.observableArrayList();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final ObservableList<MaterialChoice> materials = FXCollections.observableArrayList();
    private final ObjectProperty<MaterialChoice> material = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartType> chartType = new SimpleObjectProperty<>(ChartType.INDIVIDUALS_MOVING_RANGE);
    private final StringProperty subgroupSize = new SimpleStringProperty("1");
    private final StringProperty baselineSize = new SimpleStringProperty(String.valueOf(DEFAULT_BASELINE));
    private final RuleChoices rules = new RuleChoices();
    private final BooleanProperty critical = new SimpleBooleanProperty(false);
    private final StringProperty lowerSpecLimit = new SimpleStringProperty("");
    private final StringProperty upperSpecLimit = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper created = new ReadOnlyBooleanWrapper(false);

    /** @param afterChange called once the series is created here (the screen lists it) */
    public NewSeriesViewModel(SpcSetupQueries queries, CommandSender commands, TaskRunner tasks, Runnable afterChange) {
        this.queries = queries;
        this.commands = commands;
        this.tasks = tasks;
        this.afterChange = afterChange;
        instrument.addListener((observable, before, after) -> loadRecipeNames(after));
        recipeName.addListener((observable, before, after) -> loadQuantities(after));
        quantity.addListener((observable, before, after) -> suggestUnit(after));
        chartType.addListener((observable, before, after) -> {
            if (after == ChartType.INDIVIDUALS_MOVING_RANGE) {
                subgroupSize.set("1");
            } else if ("1".equals(subgroupSize.get().strip())) {
                subgroupSize.set("5");
            }
        });
    }

    /** Reads the lab's instruments and materials, in the background. */
    public void load() {
        tasks.run(
                () -> new Lists(queries.instruments(), queries.materials()),
                lists -> {
                    instruments.setAll(lists.instruments());
                    materials.setAll(new MaterialChoice(null, EVERY_MATERIAL));
                    materials.addAll(lists.materials());
                },
                failure -> message.set(Problems.describe(failure)));
    }

    private record Lists(List<InstrumentChoice> instruments, List<MaterialChoice> materials) {}

    private void loadRecipeNames(InstrumentChoice chosen) {
        recipeNames.clear();
        recipeName.set(null);
        if (chosen == null) {
            return;
        }
        tasks.run(
                () -> queries.recipeNames(chosen.kind()),
                found -> {
                    if (chosen.equals(instrument.get())) {
                        recipeNames.setAll(found);
                    }
                },
                failure -> message.set(Problems.describe(failure)));
    }

    private void loadQuantities(String lineage) {
        quantities.clear();
        quantityNames.clear();
        if (lineage == null) {
            return;
        }
        tasks.run(
                () -> queries.quantities(lineage),
                found -> {
                    if (lineage.equals(recipeName.get())) {
                        quantities.setAll(found);
                        quantityNames.setAll(found.stream()
                                .map(QuantityChoice::quantity)
                                .distinct()
                                .toList());
                    }
                },
                failure -> message.set(Problems.describe(failure)));
    }

    /** A quantity results already carry brings its unit, unless one was typed. */
    private void suggestUnit(String typed) {
        if (typed == null || !unit.get().isBlank()) {
            return;
        }
        quantities.stream()
                .filter(choice -> choice.quantity().equalsIgnoreCase(typed.strip()))
                .findFirst()
                .ifPresent(choice -> unit.set(choice.unit()));
    }

    public StringProperty name() {
        return name;
    }

    public ObservableList<InstrumentChoice> instruments() {
        return instruments;
    }

    public ObjectProperty<InstrumentChoice> instrument() {
        return instrument;
    }

    public ObservableList<String> recipeNames() {
        return recipeNames;
    }

    public ObjectProperty<String> recipeName() {
        return recipeName;
    }

    /** The quantities results of the chosen lineage already carry, as suggestions. */
    public ObservableList<QuantityChoice> quantities() {
        return quantities;
    }

    /** The names of {@link #quantities()}, each once, for the quantity field's suggestions. */
    public ObservableList<String> quantityNames() {
        return quantityNames;
    }

    public StringProperty quantity() {
        return quantity;
    }

    public StringProperty unit() {
        return unit;
    }

    public ObservableList<MaterialChoice> materials() {
        return materials;
    }

    /** Null or the first choice ({@value #EVERY_MATERIAL}): every material. */
    public ObjectProperty<MaterialChoice> material() {
        return material;
    }

    public List<ChartType> chartTypes() {
        return List.of(ChartType.values());
    }

    public ObjectProperty<ChartType> chartType() {
        return chartType;
    }

    public StringProperty subgroupSize() {
        return subgroupSize;
    }

    public StringProperty baselineSize() {
        return baselineSize;
    }

    public RuleChoices rules() {
        return rules;
    }

    public BooleanProperty critical() {
        return critical;
    }

    public StringProperty lowerSpecLimit() {
        return lowerSpecLimit;
    }

    public StringProperty upperSpecLimit() {
        return upperSpecLimit;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Set once the series was created here: the form may close. */
    public ReadOnlyBooleanProperty created() {
        return created.getReadOnlyProperty();
    }

    /** Sends the series as typed; what is missing or wrong is said first, in words. */
    public void create() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        FormNumbers.SpecLimits spec = FormNumbers.specLimits(lowerSpecLimit.get(), upperSpecLimit.get());
        ChartType chart = chartType.get();
        int subgroup = chart == ChartType.INDIVIDUALS_MOVING_RANGE ? 1 : wholeOr(subgroupSize.get(), 1);
        String seriesName = name.get().strip();
        CreateSpcSeries command = new CreateSpcSeries(
                commands.newMeta(),
                Ids.newId(),
                seriesName,
                instrument.get().id(),
                recipeName.get(),
                quantity.get().strip(),
                unit.get().strip(),
                material.get() == null ? null : material.get().id(),
                chart,
                subgroup,
                wholeOr(baselineSize.get(), DEFAULT_BASELINE),
                rules.enabledRules(),
                rules.numbering().get(),
                critical.get(),
                spec.lower(),
                spec.upper());
        busy.set(true);
        commands.execute(
                command,
                () -> {
                    busy.set(false);
                    created.set(true);
                    message.set("Series created: " + seriesName + ". A PI freezes its limits once it has "
                            + command.baselineSize() + (subgroup > 1 ? " subgroups." : " points."));
                    afterChange.run();
                },
                refusal -> {
                    busy.set(false);
                    message.set("Not created: " + refusal);
                });
    }

    private Optional<String> problem() {
        if (name.get() == null || name.get().isBlank()) {
            return Optional.of("Give the series a name, e.g. \"Threshold voltage on SMU-01\"");
        }
        if (instrument.get() == null) {
            return Optional.of("Choose the instrument the series watches");
        }
        if (recipeName.get() == null || recipeName.get().isBlank()) {
            return Optional.of("Choose the recipe whose results feed the series");
        }
        if (quantity.get() == null || quantity.get().isBlank()) {
            return Optional.of("Say which quantity the series watches, as results name it");
        }
        if (unit.get() == null || unit.get().isBlank()) {
            return Optional.of("Say the unit of the quantity; results in another unit do not feed the series");
        }
        if (chartType.get() == null) {
            return Optional.of("Choose the chart: I-MR, X-bar-R or X-bar-S");
        }
        if (chartType.get() != ChartType.INDIVIDUALS_MOVING_RANGE) {
            Parsed subgroup = FormNumbers.whole("The subgroup size", subgroupSize.get());
            if (!(subgroup instanceof Parsed.Value value) || value.value() < 2 || value.value() > 10) {
                return Optional.of("An X-bar chart needs subgroups of 2 to 10 points");
            }
        }
        Parsed baseline = FormNumbers.whole("The baseline size", baselineSize.get());
        if (baseline instanceof Parsed.Wrong wrong) {
            return Optional.of(wrong.problem());
        }
        if (baseline instanceof Parsed.Value value && value.value() < DEFAULT_BASELINE) {
            return Optional.of("The baseline needs at least 20 "
                    + (chartType.get() == ChartType.INDIVIDUALS_MOVING_RANGE ? "points" : "subgroups"));
        }
        if (rules.enabledRules().isEmpty()) {
            return Optional.of("Switch on at least one rule, or the series never raises an alert");
        }
        return Optional.ofNullable(FormNumbers.specLimits(lowerSpecLimit.get(), upperSpecLimit.get())
                .problem());
    }

    private static int wholeOr(String text, int fallback) {
        return FormNumbers.whole("", text) instanceof Parsed.Value value ? (int) value.value() : fallback;
    }
}
