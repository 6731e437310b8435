package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LargeLab;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Without a server: the samples screen's view model over a bench holding 100,000 samples (put
 * once for the class) shows one window of them, counts them all for the status line, reads
 * further windows as the person scrolls, and finds one sample among them by name or barcode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AHundredThousandSamplesAreListedAWindowAtATimeTest {

    private static final int SAMPLES = 100_000;

    private final Lab lab = new Lab();
    private LocalCopy copy;
    private SamplesViewModel model;

    @BeforeAll
    void putAHundredThousandSamples() {
        copy = LocalCopy.of(lab);
        LargeLab.put(copy, lab, SAMPLES, 0);
    }

    @BeforeEach
    void openTheSamplesScreen() {
        LocalData localData = new LocalData();
        model = new SamplesViewModel(
                new SampleQueries(copy),
                new LocalCommands(copy, lab.engineer, Clock.fixed(Lab.NOW, ZoneOffset.UTC), localData),
                LabPeople.signedIn(lab.engineer),
                new CurrentThreadTaskRunner(),
                localData);
    }

    @AfterAll
    void close() {
        copy.close();
    }

    @Test
    void theScreenOpensOnOneWindowByNameAndTheStatusLineCountsEverySample() {
        assertThat(model.samples()).hasSize(SamplesViewModel.PAGE_SIZE);
        // The lab's own sample ("GaN-on-Si #1") sorts before "Sample 000000".
        assertThat(model.samples().get(1).name()).isEqualTo("Sample 000000");
        assertThat(model.samples()).extracting(Sample::name).isSorted();
        assertThat(model.total().get()).isEqualTo(SAMPLES + 1);
        assertThat(model.listSummary().get())
                .isEqualTo("The first 100 of 100,001 samples by name; scroll down for more");
    }

    @Test
    void scrollingReadsTheNextWindowsInNameOrderWithoutRepeatingOne() {
        model.loadMore();
        model.loadMore();

        assertThat(model.samples()).hasSize(3 * SamplesViewModel.PAGE_SIZE);
        assertThat(model.samples()).extracting(Sample::name).isSorted().doesNotHaveDuplicates();
        assertThat(model.samples().get(299).name()).isEqualTo("Sample 000298");
        assertThat(model.hasMore().get()).isTrue();
        assertThat(model.listSummary().get())
                .isEqualTo("The first 300 of 100,001 samples by name; scroll down for more");
    }

    @Test
    void aFilterFindsOneSampleByItsNameAmongThem() {
        model.filter().set("sample 054321");

        assertThat(model.samples()).extracting(Sample::name).containsExactly("Sample 054321");
        assertThat(model.listSummary().get()).isEqualTo("1 sample");
    }

    @Test
    void aFilterFindsOneSampleByItsBarcodeAmongThem() {
        model.filter().set("B7-076547");

        assertThat(model.samples())
                .extracting(Sample::barcode, Sample::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B7-076547", LargeLab.nameOf(76_547, SAMPLES)));
    }

    @Test
    void aFilterMatchingManyShowsItsFirstWindowAndCountsItsMatches() {
        model.filter().set("b3-");

        assertThat(model.samples()).hasSize(SamplesViewModel.PAGE_SIZE);
        assertThat(model.samples())
                .allSatisfy(sample -> assertThat(sample.barcode()).startsWith("B3-"));
        assertThat(model.total().get()).isEqualTo(SAMPLES / 10);
    }
}
