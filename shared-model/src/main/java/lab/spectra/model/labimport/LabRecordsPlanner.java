package lab.spectra.model.labimport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.sample.CreateSample;

/**
 * Turns an import file into the commands that record its lines, checking what the file alone can
 * tell: columns, required cells, kinds, dates, a certificate given whole, and a name or barcode
 * used twice in the file. What depends on the lab's records (a barcode already taken, an
 * instrument name in use) is decided by the commands' own rules when the plan is carried out, and
 * reported against the same line.
 *
 * <p>Dates are calendar days ({@code 2026-03-31}) or instants ({@code 2026-03-31T09:00:00Z}); a day
 * means its start in UTC, as certificates state days, not times.
 */
public final class LabRecordsPlanner {

    private final Supplier<CommandMeta> metas;
    private final Function<String, Optional<UUID>> materialNamed;

    /**
     * @param metas         a fresh meta (new command id, the importing person, now) per command
     * @param materialNamed the lab's material of that name, compared without case
     */
    public LabRecordsPlanner(Supplier<CommandMeta> metas, Function<String, Optional<UUID>> materialNamed) {
        this.metas = metas;
        this.materialNamed = materialNamed;
    }

    public ImportPlan plan(LabRecordKind kind, byte[] file) {
        CsvRecords.Read read = CsvRecords.read(file, kind);
        if (read instanceof CsvRecords.Refused refused) {
            return new ImportPlan.Refused(kind, refused.errors());
        }
        return plan(kind, ((CsvRecords.Rows) read).rows());
    }

    private ImportPlan plan(LabRecordKind kind, List<CsvRow> rows) {
        List<ImportPlan.PlannedRow> planned = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        for (CsvRow row : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            String uniqueColumn = kind == LabRecordKind.INSTRUMENTS ? "name" : "barcode";
            String key = row.get(uniqueColumn);
            if (key != null) {
                // Exact, as the lab's own rules compare names and barcodes.
                Integer earlier = firstLineOfKey.putIfAbsent(key, row.line());
                if (earlier != null) {
                    rowErrors.add(RowError.of(
                            row.line(),
                            uniqueColumn,
                            "\"" + key + "\" is already on line " + earlier + " of this file"));
                }
            }
            Optional<ImportPlan.PlannedRow> commands =
                    switch (kind) {
                        case INSTRUMENTS -> instrument(row, rowErrors);
                        case SAMPLES -> sample(row, rowErrors);
                        case PEOPLE ->
                            throw new IllegalArgumentException(
                                    "People are not recorded by commands; plan them with PeoplePlanner");
                    };
            if (rowErrors.isEmpty()) {
                commands.ifPresent(planned::add);
            }
            errors.addAll(rowErrors);
        }
        return errors.isEmpty() ? new ImportPlan.Ready(kind, planned) : new ImportPlan.Refused(kind, errors);
    }

    private Optional<ImportPlan.PlannedRow> instrument(CsvRow row, List<RowError> errors) {
        String name = required(row, "name", errors);
        InstrumentKind kind = null;
        String kindText = required(row, "kind", errors);
        if (kindText != null) {
            kind = instrumentKind(kindText).orElse(null);
            if (kind == null) {
                errors.add(RowError.of(
                        row.line(),
                        "kind",
                        "\"" + kindText + "\" is not a kind of instrument; one of " + String.join(", ", kindNames())));
            }
        }
        String certificate = row.get("certificate_number");
        Instant issued = instant(row, "calibrated_on", errors);
        Instant expires = instant(row, "expires_on", errors);
        boolean anyCertificateCell = certificate != null
                || row.get("calibrated_on") != null
                || row.get("expires_on") != null
                || row.get("performed_by") != null;
        if (anyCertificateCell) {
            for (String column : List.of("certificate_number", "calibrated_on", "expires_on")) {
                if (row.get(column) == null) {
                    errors.add(
                            RowError.of(row.line(), column, "A certificate needs its number, issue and expiry dates"));
                }
            }
            if (issued != null && expires != null && !expires.isAfter(issued)) {
                errors.add(RowError.of(row.line(), "expires_on", "The certificate expires on or before it was issued"));
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        UUID instrumentId = Ids.newId();
        List<Command> commands = new ArrayList<>();
        commands.add(new RegisterInstrument(
                metas.get(), instrumentId, name, kind, row.get("serial_number"), row.get("location")));
        String summary = name + " (" + kind.name() + ")";
        if (anyCertificateCell) {
            commands.add(new RecordCalibration(
                    metas.get(),
                    Ids.newId(),
                    instrumentId,
                    certificate,
                    issued,
                    expires,
                    row.get("performed_by"),
                    null));
            summary += ", certificate " + certificate + " until " + row.get("expires_on");
        }
        return Optional.of(new ImportPlan.PlannedRow(row.line(), summary, commands));
    }

    private Optional<ImportPlan.PlannedRow> sample(CsvRow row, List<RowError> errors) {
        String name = required(row, "name", errors);
        String barcode = required(row, "barcode", errors);
        UUID material = null;
        String materialName = row.get("material");
        if (materialName != null) {
            material = materialNamed.apply(materialName).orElse(null);
            if (material == null) {
                errors.add(
                        RowError.of(row.line(), "material", "No material named \"" + materialName + "\" in this lab"));
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportPlan.PlannedRow(
                row.line(),
                name + " [" + barcode + "]",
                List.of(new CreateSample(
                        metas.get(), Ids.newId(), name, barcode, material, row.get("location"), row.get("notes")))));
    }

    private static String required(CsvRow row, String column, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            errors.add(RowError.of(row.line(), column, "The " + column.replace('_', ' ') + " is missing"));
        }
        return value;
    }

    private static Instant instant(CsvRow row, String column, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(RowError.of(row.line(), column, "\"" + value + "\" is not a date; write it as 2026-03-31"));
            return null;
        }
    }

    private static Optional<InstrumentKind> instrumentKind(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (InstrumentKind kind : InstrumentKind.values()) {
            if (kind.name().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static List<String> kindNames() {
        List<String> names = new ArrayList<>();
        for (InstrumentKind kind : InstrumentKind.values()) {
            names.add(kind.name());
        }
        return names;
    }
}
