package lab.spectra.desktop.admin.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.org.OrganizationSettings.Field;

/**
 * The lab's settings as an admin edits them: one text per setting, checked against the range the
 * server takes before anything is sent; the server checks again and its refusal is shown as is.
 * Benches receive saved settings in the next identity snapshot the server signs for them.
 */
public final class SettingsViewModel {

    private final LabSettings settings;
    private final TaskRunner tasks;
    private final Map<Field, StringProperty> fields = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(LabSettings settings, TaskRunner tasks) {
        this.settings = settings;
        this.tasks = tasks;
        for (Field field : Field.values()) {
            fields.put(field, new SimpleStringProperty(""));
        }
        load();
    }

    public StringProperty field(Field field) {
        return fields.get(field);
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public void load() {
        tasks.run(settings::load, this::show, failure -> message.set(Problems.describeOnline(failure)));
    }

    public void save() {
        List<String> problems = new ArrayList<>();
        int[] values = new int[Field.values().length];
        for (Field field : Field.values()) {
            Optional<Integer> value =
                    SettingsForm.value(field, fields.get(field).get());
            if (value.isPresent()) {
                values[field.ordinal()] = value.get();
            } else {
                SettingsForm.rule(field).problemWith(fields.get(field).get()).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            message.set(String.join("\n", problems));
            return;
        }
        OrganizationSettings wanted = new OrganizationSettings(
                values[Field.OFFLINE_GRACE_DAYS.ordinal()],
                values[Field.OFFLINE_WINDOW_DAYS.ordinal()],
                values[Field.CALIBRATION_WARNING_DAYS.ordinal()],
                values[Field.QUALIFICATION_WARNING_DAYS.ordinal()],
                values[Field.ATTACHMENT_LIMIT_MB.ordinal()],
                values[Field.PASSWORD_MIN_LENGTH.ordinal()],
                values[Field.KEEP_PREVIOUS_VERSIONS_APPROVED.ordinal()]);
        tasks.run(
                () -> settings.save(wanted),
                saved -> {
                    show(saved);
                    message.set("Saved. Workstations receive the new settings at their next sync.");
                },
                failure -> message.set(Problems.describeOnline(failure)));
    }

    private void show(OrganizationSettings current) {
        for (Field field : Field.values()) {
            fields.get(field).set(Integer.toString(current.value(field)));
        }
    }
}
