package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
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
 * Without a server: keystrokes in the samples filter wait for the typing to pause, so a word typed
 * quickly is one read of the list, of the whole word.
 */
class AWordTypedQuicklyIntoTheFilterIsReadOnceTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final HeldTaskRunner tasks = new HeldTaskRunner();
    private final SamplesViewModel model;

    AWordTypedQuicklyIntoTheFilterIsReadOnceTest() {
        LargeLab.put(copy, lab, 300, 0);
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
    void keystrokesBeforeThePauseAreOneReadOfTheWholeWord() {
        String word = "B7-000287";
        for (int typed = 1; typed <= word.length(); typed++) {
            model.filter().set(word.substring(0, typed));
        }

        assertThat(tasks.held()).isEmpty();
        assertThat(tasks.waitingForQuiet()).isEqualTo(1);

        tasks.quiet();

        assertThat(tasks.held()).hasSize(1);
        tasks.finishAll();
        assertThat(model.samples()).extracting(Sample::barcode).containsExactly("B7-000287");
    }
}
