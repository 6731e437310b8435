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
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: an engineer creates a sample whose name sorts after the window shown. */
class ASampleCreatedHereIsSelectedWhereverItFallsInTheListTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final LocalCommands commands =
            new LocalCommands(copy, lab.engineer, Clock.fixed(Lab.NOW, ZoneOffset.UTC), localData);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theNewSampleIsSelectedAndItsDetailsShownThoughTheListWindowEndsBeforeIt() {
        List<Row> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(new Sample(
                    Ids.newId(),
                    lab.organizationId,
                    String.format(Locale.ROOT, "Batch %03d", i),
                    "BT-" + i,
                    null,
                    null,
                    SampleStatus.AVAILABLE,
                    null,
                    null,
                    lab.engineer.userId(),
                    Lab.NOW,
                    Lab.NOW,
                    null,
                    1,
                    null,
                    null));
        }
        copy.put(many.toArray(Row[]::new));
        SamplesViewModel model = new SamplesViewModel(
                new SampleQueries(copy),
                commands,
                LabPeople.signedIn(lab.engineer),
                new CurrentThreadTaskRunner(),
                localData);

        model.newName().set("Zinc oxide film");
        model.newBarcode().set("ZN-1");
        model.newLocation().set("Glovebox");
        model.createSample();

        assertThat(commands.sent()).singleElement().isInstanceOf(CreateSample.class);
        assertThat(model.message().get()).startsWith("Created sample Zinc oxide film");
        assertThat(model.selected().get().barcode()).isEqualTo("ZN-1");
        assertThat(model.heading().get()).isEqualTo("Zinc oxide film · ZN-1 · received · Glovebox");
        assertThat(model.custodian().get()).isEqualTo("No hand-over recorded yet");
        assertThat(model.samples())
                .hasSize(SamplesViewModel.PAGE_SIZE)
                .doesNotContain(model.selected().get());
        assertThat(model.newName().get()).isEmpty();
    }
}
