package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the samples screen's view model over an H2 file holding 250 samples. */
class TheSampleListIsReadAWindowAtATimeTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final SamplesViewModel model;

    TheSampleListIsReadAWindowAtATimeTest() {
        List<Row> samples = new ArrayList<>();
        for (int i = 1; i <= 249; i++) {
            samples.add(sample(String.format(Locale.ROOT, "Wafer lot %03d", i), "WL-" + i));
        }
        copy.put(samples.toArray(Row[]::new));
        model = new SamplesViewModel(
                new SampleQueries(copy),
                new LocalCommands(copy, lab.engineer, Clock.fixed(Lab.NOW, ZoneOffset.UTC), localData),
                LabPeople.signedIn(lab.engineer),
                new CurrentThreadTaskRunner(),
                localData);
    }

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theFirstWindowHoldsAPageByNameAndEachLoadMoreAddsTheNextUntilNoneFollow() {
        assertThat(model.samples()).hasSize(SamplesViewModel.PAGE_SIZE);
        assertThat(model.samples().get(0).name()).isEqualTo("GaN-on-Si #1");
        assertThat(model.samples().get(1).name()).isEqualTo("Wafer lot 001");
        assertThat(model.hasMore().get()).isTrue();
        assertThat(model.listSummary().get()).isEqualTo("The first 100 of 250 samples by name; scroll down for more");

        model.loadMore();
        model.loadMore();

        assertThat(model.samples()).hasSize(250);
        assertThat(model.samples()).extracting(Sample::name).isSorted().doesNotHaveDuplicates();
        assertThat(model.samples().get(249).name()).isEqualTo("Wafer lot 249");
        assertThat(model.hasMore().get()).isFalse();
        assertThat(model.listSummary().get()).isEqualTo("250 samples");
    }

    @Test
    void aFilterShowsOnlyMatchingNamesOrBarcodesFromTheStart() {
        model.loadMore();

        model.filter().set("wl-24");

        assertThat(model.samples())
                .extracting(Sample::barcode)
                .containsExactly(
                        "WL-24", "WL-240", "WL-241", "WL-242", "WL-243", "WL-244", "WL-245", "WL-246", "WL-247",
                        "WL-248", "WL-249");
        assertThat(model.hasMore().get()).isFalse();
    }

    @Test
    void aChangeToTheLocalDataReloadsTheWindowAlreadyShownNotJustTheFirstPage() {
        model.loadMore();
        copy.put(sample("Aaa first by name", "AAA-1"));

        localData.changed();

        assertThat(model.samples()).hasSize(200);
        assertThat(model.samples().get(0).name()).isEqualTo("Aaa first by name");
    }

    private Sample sample(String name, String barcode) {
        return new Sample(
                Ids.newId(),
                lab.organizationId,
                name,
                barcode,
                null,
                "Cabinet B",
                SampleStatus.AVAILABLE,
                null,
                null,
                lab.engineer.userId(),
                Lab.NOW,
                Lab.NOW,
                null,
                1,
                null,
                null);
    }
}
