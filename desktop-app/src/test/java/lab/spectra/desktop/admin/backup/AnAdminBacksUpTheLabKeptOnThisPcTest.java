package lab.spectra.desktop.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import lab.spectra.desktop.app.EmbeddedServer;
import lab.spectra.desktop.app.LocalServer;
import lab.spectra.desktop.firstrun.LabSetup;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import org.junit.jupiter.api.Test;

/**
 * The backup screen's view model on the real embedded server in single-PC mode: a backup is
 * written while the lab runs and reported with what its verifying restore found; a file that
 * exists is not overwritten; a bench of a lab server has nothing to back up.
 */
class AnAdminBacksUpTheLabKeptOnThisPcTest {

    private final Path data = SyncTestbed.newDataDirectory();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void theBackupIsWrittenAndReportedWithItsVerification() throws Exception {
        EmbeddedServer local = new EmbeddedServer();
        local.setUp(
                data, new LabSetup("Films", "Ada Admin", "ada@films.example", "films-lab-passphrase-9".toCharArray()));
        Path target = data.resolve("backups").resolve("films.zip");
        Files.createDirectories(target.getParent());
        try (LocalServer.Running lab = local.start(data, LocalLab.LAB);
                WorkerThreadTaskRunner tasks = new WorkerThreadTaskRunner()) {
            BackupViewModel model = new BackupViewModel(lab.backups(), tasks, clock);
            assertThat(model.available().get()).isTrue();
            assertThat(model.suggestedFileName()).isEqualTo("spectra-lab-backup-2026-11-30.zip");

            model.backUpTo(target);

            assertThat(Files.size(target)).isPositive();
            assertThat(model.message().get())
                    .startsWith("Backup written to " + target + ". Checked by restoring it aside: 1 organization,")
                    .contains("every audit trail intact");

            model.backUpTo(target);

            assertThat(model.message().get()).startsWith("The backup failed: ").contains("exists already");
        }
    }

    @Test
    void aBenchOfALabServerHasNothingToBackUp() {
        try (WorkerThreadTaskRunner tasks = new WorkerThreadTaskRunner()) {
            BackupViewModel model = new BackupViewModel(Optional.empty(), tasks, clock);

            assertThat(model.available().get()).isFalse();
            assertThat(model.message().get()).isEqualTo(BackupViewModel.NOT_HERE);
        }
    }
}
