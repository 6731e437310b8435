package lab.spectra.model.labimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of existing records a lab can bring in from CSV files, with the columns each has. */
public enum LabRecordKind {
    INSTRUMENTS(
            List.of("name", "kind"),
            List.of("serial_number", "location", "certificate_number", "calibrated_on", "expires_on", "performed_by")),
    SAMPLES(List.of("name", "barcode"), List.of("material", "location", "notes")),
    /** People are added with temporary passwords by the server, not by commands: see {@link PeoplePlanner}. */
    PEOPLE(List.of("email", "name", "role"), List.of());

    private final List<String> required;
    private final List<String> optional;

    LabRecordKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> requiredColumns() {
        return required;
    }

    public List<String> optionalColumns() {
        return optional;
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** The name used in addresses and messages: {@code instruments}, {@code samples}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LabRecordKind> fromWireName(String name) {
        for (LabRecordKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
