package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.desktop.testing.HeldTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LargeLab;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Without a server: filter reads that answer out of order (the first keystroke's read is slower
 * than the second's) leave the list showing what the field holds now, and so does a window read
 * for scrolling that answers after the filter changed.
 */
class AStaleFilterResultNeverReplacesANewerOneTest {

    private static final int SAMPLES = 500;

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final HeldTaskRunner tasks = new HeldTaskRunner();
    private final SamplesViewModel model;

    AStaleFilterResultNeverReplacesANewerOneTest() {
        LargeLab.put(copy, lab, SAMPLES, 0);
        LocalData localData = new LocalData();
        model = new SamplesViewModel(
                new SampleQueries(copy),
                new LocalCommands(copy, lab.engineer, Clock.fixed(Lab.NOW, ZoneOffset.UTC), localData),
                LabPeople.signedIn(lab.engineer),
                tasks,
                localData);
        tasks.finishAll();
    }

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theOlderFilterAnsweringLastIsDropped() {
        model.filter().set("sample 00");
        tasks.quiet();
        var older = tasks.held();
        model.filter().set("sample 00042");
        tasks.quiet();
        List<HeldTaskRunner.Held> newer = new ArrayList<>(tasks.held());
        newer.removeAll(older);

        newer.forEach(HeldTaskRunner.Held::finish);
        older.forEach(HeldTaskRunner.Held::finish);
        tasks.finishAll();

        assertThat(model.samples())
                .extracting(Sample::name)
                .containsExactly(
                        "Sample 000420",
                        "Sample 000421",
                        "Sample 000422",
                        "Sample 000423",
                        "Sample 000424",
                        "Sample 000425",
                        "Sample 000426",
                        "Sample 000427",
                        "Sample 000428",
                        "Sample 000429");
        assertThat(model.listSummary().get()).isEqualTo("10 samples");
    }

    @Test
    void aReadStillRunningWhenAKeyIsPressedIsDroppedEvenBeforeTheTypingPauses() {
        model.filter().set("sample 00");
        tasks.quiet();
        var older = tasks.held();

        model.filter().set("sample 00042"); // typed, not read yet: the typing has not paused
        older.forEach(HeldTaskRunner.Held::finish);

        // Still the unfiltered list, which the lab's own sample heads: "sample 00" would not hold it.
        assertThat(model.samples()).hasSize(SamplesViewModel.PAGE_SIZE);
        assertThat(model.samples().get(0).name()).isEqualTo("GaN-on-Si #1");
    }

    @Test
    void aWindowReadForScrollingThatAnswersAfterTheFilterChangedIsDropped() {
        model.loadMore();
        var scrolling = tasks.held();
        model.filter().set("sample 00042");
        tasks.quiet();

        scrolling.forEach(HeldTaskRunner.Held::finish);
        tasks.finishAll();

        assertThat(model.samples()).hasSize(10);
        assertThat(model.samples())
                .allSatisfy(sample -> assertThat(sample.name()).startsWith("Sample 00042"));
    }
}
