package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedRunRecordHashTest {

    @Test
    void printingTheSameRunAgainLaterGivesTheSameHash() {
        PrintableRun first = PrintedRuns.withChart();
        PrintableRun later = new PrintableRun(
                first.organizationName(),
                first.runId(),
                first.context(),
                new PrintableChart.NotShown("offline"),
                first.results(),
                first.files(),
                first.signatures(),
                java.time.ZoneOffset.UTC,
                Instant.parse("2027-01-01T00:00:00Z"),
                "Someone Else");

        assertThat(PrintedRecordHash.sha256(later)).isEqualTo(PrintedRecordHash.sha256(first));
    }

    @Test
    void aChangedResultChangesTheHash() {
        PrintableRun run = PrintedRuns.withChart();
        PrintableRun.PrintableResult result = run.results().get(0);
        PrintableRun changed = new PrintableRun(
                run.organizationName(),
                run.runId(),
                run.context(),
                run.chart(),
                List.of(new PrintableRun.PrintableResult(
                        result.quantity(), result.value() + 1, result.unit(), result.method(), result.recordedAt())),
                run.files(),
                run.signatures(),
                run.timeZone(),
                run.printedAt(),
                run.printedBy());

        assertThat(PrintedRecordHash.sha256(changed)).isNotEqualTo(PrintedRecordHash.sha256(run));
    }

    @Test
    void theCanonicalFormStartsWithItsFormatLine() {
        String form = new String(
                PrintedRecordHash.canonicalForm(PrintedRuns.withChart()), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(form)
                .startsWith(PrintedRecordHash.RUN_FORMAT + "\norganization ")
                .contains("\nfiles 1\n");
    }
}
