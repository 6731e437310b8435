package lab.spectra.desktop.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.command.Applied;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A technician offline takes an instrument export in and attaches it to their run: the bytes wait
 * on the bench; at the next sync the attachment row goes up and then the bytes, in parts; an
 * engineer's bench pulls the row and fetches the file only when it is opened, checked by its hash.
 */
class AFileTakenInOfflineIsUploadedAtSyncAndFetchedElsewhereTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("files");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation techBench = testbed.newWorkstation(network.uri());
    private final Workstation engineerBench = testbed.newWorkstation();

    @TempDir
    Path folder;

    @AfterEach
    void closeAll() {
        techBench.close();
        engineerBench.close();
        network.close();
    }

    @Test
    void theBytesFollowTheRowAndAreFetchedOnlyWhenOpened() throws IOException {
        UUID instrument = lab.instrument(org, "SMU-" + org.organization().slug(), InstrumentKind.SMU);
        Instant now = Instant.now();
        lab.calibrate(org, instrument, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)));
        UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID sample = lab.sample(org, "F-1");
        ServerSession tech = techBench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        techBench.sync().syncNow();

        network.mode(FaultyProxy.Mode.DOWN);
        Path export = folder.resolve("iv-sweep.csv");
        byte[] bytes = exportOf(2_500_000);
        Files.write(export, bytes);
        StartRun start = new StartRun(techBench.newMeta(tech.userId()), Ids.newId(), recipe, instrument, sample, null);
        assertThat(techBench.commands().execute(start)).isInstanceOf(Applied.class);
        BenchFiles.Held held = techBench.files().takeIn(export);
        AttachFile attach = new AttachFile(
                techBench.newMeta(tech.userId()),
                Ids.newId(),
                start.runId(),
                "iv-sweep.csv",
                "text/csv",
                held.sizeBytes(),
                held.contentSha256());
        assertThat(techBench.commands().execute(attach)).isInstanceOf(Applied.class);
        assertThat(techBench.files().waiting()).isEqualTo(1);
        techBench.sync().syncNow();
        assertThat(techBench.files().waiting()).as("offline: nothing went").isEqualTo(1);

        network.mode(FaultyProxy.Mode.PASS);
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        techBench.sync().addListener(seen::add);
        assertThat(techBench.sync().syncNow().failure()).isNull();
        assertThat(techBench.files().waiting()).isZero();
        List<SyncStatus> filesGoing = seen.stream()
                .filter(status -> status.phase() == SyncStatus.Phase.SENDING_FILES)
                .toList();
        assertThat(filesGoing)
                .as("the status bar is told how far the upload is, part by part")
                .hasSizeGreaterThan(2);
        assertThat(filesGoing)
                .allSatisfy(status -> assertThat(status.fileBytesToSend()).isEqualTo(bytes.length));
        assertThat(filesGoing.get(filesGoing.size() - 1).fileBytesSent()).isEqualTo(bytes.length);

        ServerSession engineer = engineerBench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        engineerBench.sync().syncNow();
        Attachment row = engineerBench
                .read(state -> state.attachment(attach.attachmentId()))
                .orElseThrow();
        assertThat(row.recordId()).isEqualTo(start.runId());
        assertThat(engineerBench.files().local(row.contentSha256()))
                .as("not fetched before it is opened")
                .isEmpty();

        Path fetched = engineerBench.files().fetch(row.contentSha256(), engineer);
        assertThat(Files.readAllBytes(fetched)).isEqualTo(bytes);
        assertThat(engineerBench.files().local(row.contentSha256())).hasValue(fetched);
    }

    /** A plausible Keithley-style sweep, long enough to need several parts. */
    private static byte[] exportOf(int size) {
        StringBuilder text = new StringBuilder("Voltage (V),Current (A)\n");
        Random random = new Random(11);
        while (text.length() < size) {
            double volts = random.nextDouble() * 2 - 1;
            text.append(String.format(Locale.ROOT, "%.6f,%.6e%n", volts, volts / 1000 + random.nextGaussian() * 1e-7));
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
