package lab.spectra.desktop.recipes.editor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.ParameterSpec;
import lab.spectra.model.recipe.RecipeParameterSchema;

/**
 * The parameters editor of a recipe draft. It knows the instrument kind: one typed field per
 * parameter the kind knows ({@link RecipeParameterSchema#forKind}), plus free key/value
 * parameters. The problems of the whole set are recomputed as the person types, by the same
 * shared check the server runs; switching the kind keeps every value whose key the new kind knows.
 */
public final class ParameterEditorViewModel {

    private final ObjectProperty<InstrumentKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
    private final ObservableList<FreeParameter> freeParameters =
            FXCollections.observableArrayList(free -> new Observable[] {free.key(), free.value()});
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** Values the next kind switch fills in, when a whole recipe is loaded. */
    private Map<String, String> pending;

    public ParameterEditorViewModel() {
        kind.addListener((observable, before, after) -> switchKind(after));
        freeParameters.addListener((ListChangeListener<FreeParameter>) change -> recheck());
    }

    public ObjectProperty<InstrumentKind> kind() {
        return kind;
    }

    /** The kind's parameters as typed fields, in the schema's order. */
    public ObservableList<ParameterField> fields() {
        return fields;
    }

    public ObservableList<FreeParameter> freeParameters() {
        return freeParameters;
    }

    /** What is wrong with the parameters as they stand (a draft may still miss required ones). */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Shows a recipe's parameters: known keys in their fields, the others as free parameters. */
    public void load(InstrumentKind newKind, ObjectNode parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        if (parameters != null) {
            parameters
                    .fields()
                    .forEachRemaining(field -> values.put(field.getKey(), ParameterValues.text(field.getValue())));
        }
        freeParameters.clear();
        if (kind.get() == newKind) {
            fill(newKind, values);
        } else {
            pending = values;
            kind.set(newKind);
            pending = null;
        }
        recheck();
    }

    public FreeParameter addFreeParameter() {
        FreeParameter added = new FreeParameter("", "");
        freeParameters.add(added);
        return added;
    }

    public void removeFreeParameter(FreeParameter parameter) {
        freeParameters.remove(parameter);
    }

    /** The parameters as the recipe's JSON stores them: typed fields first, then free ones. */
    public ObjectNode parameters() {
        ObjectNode json = JsonObjects.empty();
        for (ParameterField field : fields) {
            field.value().ifPresent(value -> json.set(field.spec().key(), value));
        }
        for (FreeParameter free : freeParameters) {
            String key = free.key().get() == null ? "" : free.key().get().strip();
            if (!key.isEmpty() && !json.has(key)) {
                ParameterValues.free(free.value().get()).ifPresent(value -> json.set(key, value));
            }
        }
        return json;
    }

    /** The problems a submission would meet: also every required parameter that is not set. */
    public List<String> problemsForSubmission() {
        return checked(true);
    }

    private void switchKind(InstrumentKind newKind) {
        Map<String, String> values = pending != null ? pending : currentValues();
        freeParameters.clear();
        fill(newKind, values);
        recheck();
    }

    /**
     * Typed fields for {@code newKind} filled from {@code values}; values of keys the kind does
     * not know stay as free parameters only when they were free already (a typed field of the old
     * kind that the new one lacks means nothing for it).
     */
    private void fill(InstrumentKind newKind, Map<String, String> values) {
        List<ParameterSpec> specs = newKind == null ? List.of() : RecipeParameterSchema.forKind(newKind);
        Set<String> known = new HashSet<>();
        List<ParameterField> built = new ArrayList<>();
        for (ParameterSpec spec : specs) {
            ParameterField field = new ParameterField(spec);
            field.text().set(values.getOrDefault(spec.key(), ""));
            field.text().addListener((observable, before, after) -> recheck());
            built.add(field);
            known.add(spec.key());
        }
        fields.setAll(built);
        values.forEach((key, value) -> {
            if (!known.contains(key) && !key.isBlank()) {
                freeParameters.add(new FreeParameter(key, value));
            }
        });
    }

    /** Typed values, then free ones; typed fields of the current kind are dropped when it changes. */
    private Map<String, String> currentValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParameterField field : fields) {
            values.put(field.spec().key(), field.text().get());
        }
        Map<String, String> kept = new LinkedHashMap<>();
        InstrumentKind next = kind.get();
        Set<String> nextKeys = new HashSet<>();
        if (next != null) {
            RecipeParameterSchema.forKind(next).forEach(spec -> nextKeys.add(spec.key()));
        }
        values.forEach((key, value) -> {
            if (nextKeys.contains(key)) {
                kept.put(key, value);
            }
        });
        for (FreeParameter free : freeParameters) {
            kept.putIfAbsent(free.key().get(), free.value().get());
        }
        return kept;
    }

    private void recheck() {
        problems.setAll(checked(false));
    }

    private List<String> checked(boolean complete) {
        List<String> found = new ArrayList<>();
        if (kind.get() != null) {
            found.addAll(RecipeParameterSchema.problems(kind.get(), parameters(), complete));
        }
        Set<String> seen = new HashSet<>();
        fields.forEach(field -> seen.add(field.spec().key()));
        for (FreeParameter free : freeParameters) {
            String key = free.key().get() == null ? "" : free.key().get().strip();
            if (key.isEmpty()) {
                if (free.value().get() != null && !free.value().get().isBlank()) {
                    found.add("A free parameter needs a name");
                }
            } else if (!seen.add(key)) {
                found.add("The parameter " + key + " is there twice");
            }
        }
        return found;
    }

    /** The value a typed field holds, for tests and the form: blank when not set. */
    public String valueOf(String key) {
        return fields.stream()
                .filter(field -> field.spec().key().equals(key))
                .map(field -> field.text().get())
                .findFirst()
                .orElse("");
    }
}
