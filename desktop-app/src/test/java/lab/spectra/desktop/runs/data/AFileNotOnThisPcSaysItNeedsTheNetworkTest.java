package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An engineer signed in offline opens a run whose file another bench took in: the file is listed,
 * and instead of a chart the tab says in words that the file is not on this PC and needs the network.
 */
class AFileNotOnThisPcSaysItNeedsTheNetworkTest {

    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final Clock clock = Clock.fixed(Lab.NOW, ZoneOffset.UTC);
    private final LocalCommands commands = new LocalCommands(copy, lab.technician, clock, localData);

    /** A bench that holds none of the run's files and has no online session to fetch them with. */
    private final RunFiles offlineFiles = new RunFiles() {
        @Override
        public TakenIn takeIn(Path source) {
            throw new AssertionError("nothing is imported here");
        }

        @Override
        public Optional<Path> local(String contentSha256) {
            return Optional.empty();
        }

        @Override
        public Path fetch(String contentSha256) {
            throw new NotSignedInException("you are signed in offline; sign in again while connected, then open it");
        }
    };

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theFileIsListedAndTheTabSaysItNeedsTheNetwork() {
        StartRun start = new StartRun(
                commands.newMeta(), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        commands.execute(start, () -> {}, refused -> {
            throw new AssertionError(refused);
        });
        commands.execute(
                new AttachFile(
                        commands.newMeta(), Ids.newId(), start.runId(), "iv-sweep.csv", "text/csv", 4_096, SHA256),
                () -> {},
                refused -> {
                    throw new AssertionError(refused);
                });
        Run run = new RunQueries(copy).page(null, 10).rows().get(0).run();
        RunDataViewModel model = new RunDataViewModel(
                new RunDataQueries(copy),
                offlineFiles,
                commands,
                LabPeople.signedIn(lab.engineer),
                new CurrentThreadTaskRunner(),
                localData);

        model.run().set(run);

        assertThat(model.attachments()).singleElement().satisfies(file -> assertThat(file.contentSha256())
                .isEqualTo(SHA256));
        assertThat(model.selectedFile().get()).isNotNull();
        assertThat(model.plot().get()).isNull();
        assertThat(model.plotStatus().get())
                .isEqualTo("iv-sweep.csv is not on this PC and needs the network to be fetched: you are signed in"
                        + " offline; sign in again while connected, then open it");
    }
}
