package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lab.spectra.desktop.store.Page;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Without a server: windows of the runs list, walked to the end, list every run once, newest
 * first with the runs not started yet on top, even where several runs share a start time.
 */
class TheRunListIsReadNewestFirstAWindowAtATimeTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final RunQueries queries = new RunQueries(copy);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void walkingTheWindowsListsEveryRunOnceInOrderWithItsNames() {
        List<Run> runs = new ArrayList<>();
        Instant start = Lab.NOW.minus(Duration.ofDays(30));
        for (int i = 0; i < 57; i++) {
            // Three runs per start time, and every tenth run not started yet.
            runs.add(run(i % 10 == 0 ? null : start.plus(Duration.ofHours(i / 3))));
        }
        copy.put(runs.toArray(Row[]::new));

        List<RunRow> walked = new ArrayList<>();
        Page<RunRow> page = queries.page(null, 7);
        walked.addAll(page.rows());
        while (page.hasMore()) {
            page = queries.page(page.last(), 7);
            walked.addAll(page.rows());
        }

        assertThat(walked)
                .extracting(row -> row.run().id())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(runs.stream().map(Run::id).toList());
        assertThat(walked)
                .extracting(row -> row.run().startedAt())
                .isSortedAccordingTo(Comparator.nullsFirst(Comparator.<Instant>reverseOrder()));
        assertThat(walked.get(0))
                .extracting(RunRow::recipe, RunRow::instrument, RunRow::sample, RunRow::operator)
                .containsExactly("IV sweep", "SMU-01", "GaN-on-Si #1", "Tess Technician");
    }

    private Run run(Instant startedAt) {
        return new Run(
                Ids.newId(),
                lab.organizationId,
                lab.approvedIvSweep.id(),
                1,
                lab.smu.id(),
                lab.smuCalibration.id(),
                lab.sample.id(),
                null,
                lab.technician.userId(),
                startedAt == null ? RunStatus.PLANNED : RunStatus.FINISHED,
                startedAt,
                null,
                null,
                null,
                null,
                Lab.NOW,
                Lab.NOW,
                1);
    }
}
