package lab.spectra.model.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import lab.spectra.model.calibration.Calibration;

/**
 * The calibration status report as CSV (RFC 4180, UTF-8, a header row): one line per instrument,
 * for scripts and spreadsheets. Dates are UTC days, as certificates print them.
 */
public final class CalibrationReportCsv {

    public static final List<String> COLUMNS = List.of(
            "instrument",
            "kind",
            "serial_number",
            "location",
            "state",
            "locked",
            "reason",
            "certificate_number",
            "issued_on",
            "expires_on",
            "days_left",
            "expiring_soon",
            "runs_to_review",
            "run_ids_to_review");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** Quotes only where RFC 4180 needs it (a comma, a quote, a line break), so the text reads plainly. */
    private final CsvMapper csv = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    public byte[] bytes(CalibrationReport report) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = csv.writer(schema.build()).writeValues(out)) {
            for (CalibrationReport.InstrumentLine line : report.instruments()) {
                writer.write(row(line, report.generatedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The calibration report could not be written as CSV", e);
        }
        return out.toByteArray();
    }

    private static List<String> row(CalibrationReport.InstrumentLine line, Instant now) {
        Calibration certificate = line.certificate();
        return List.of(
                line.instrument().name(),
                line.instrument().kind().displayName(),
                orEmpty(line.instrument().serialNumber()),
                orEmpty(line.instrument().location()),
                line.standing().stateWord(),
                Boolean.toString(line.standing().locked()),
                line.standing().reason(),
                certificate == null ? "" : certificate.certificateNumber(),
                certificate == null ? "" : DAY.format(certificate.issuedAt()),
                certificate == null ? "" : DAY.format(certificate.expiresAt()),
                line.daysLeft(now).map(String::valueOf).orElse(""),
                Boolean.toString(line.standing().expiringSoon()),
                Integer.toString(line.runsToReview().size()),
                line.runsToReview().stream().map(run -> run.runId().toString()).collect(Collectors.joining(" ")));
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
