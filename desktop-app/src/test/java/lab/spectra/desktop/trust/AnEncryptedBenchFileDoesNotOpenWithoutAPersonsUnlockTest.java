package lab.spectra.desktop.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/** A lost or stolen bench leaks nothing: its data opens only with a key someone's password unseals. */
class AnEncryptedBenchFileDoesNotOpenWithoutAPersonsUnlockTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("encrypted");
    private final Path data = SyncTestbed.newDataDirectory();

    @Test
    void theFileHoldsNoPlainDataAndOpensOnlyWithTheRightKey() throws Exception {
        String secretName = "Quantum-dot wafer " + UUID.randomUUID();
        try (FaultyProxy network = new FaultyProxy(testbed.serverUri());
                Workstation bench = Workstation.open(data, network.uri())) {
            ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            bench.sync().syncNow();
            network.mode(FaultyProxy.Mode.DOWN);
            bench.commands()
                    .execute(new CreateSample(
                            bench.newMeta(engineer.userId()), Ids.newId(), secretName, "ENC-1", null, null, null));
        }

        byte[] file = Files.readAllBytes(data.resolve("bench.mv.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(secretName);
        assertThat(Files.readString(data.resolve("keyring.json"))).doesNotContain(secretName);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + data.resolve("bench"), "bench", "")
                        .close())
                .isInstanceOf(SQLException.class);
        String wrongKey = HexFormat.of().formatHex(new byte[32]);
        assertThatThrownBy(() -> LocalDatabase.open(data, wrongKey).close()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void offlineTheRightPasswordOpensTheDataAndAWrongOneDoesNot() {
        try (Workstation bench = Workstation.open(data, testbed.serverUri())) {
            bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        }
        try (FaultyProxy network = new FaultyProxy(testbed.serverUri());
                Workstation restarted = Workstation.open(data, network.uri())) {
            network.mode(FaultyProxy.Mode.DOWN);

            Workstation.OfflineSignIn wrong = restarted.signInOffline(
                    SyncTestbed.email(org, "tech"), "not-the-password".toCharArray(), Duration.ofDays(7));
            assertThat(wrong).isEqualTo(new Workstation.Refused("Wrong email or password"));
            assertThat(restarted.isOpen()).isFalse();

            Workstation.OfflineSignIn right = restarted.signInOffline(
                    SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD.toCharArray(), Duration.ofDays(7));
            assertThat(right).isInstanceOf(Workstation.Unlocked.class);
            assertThat(restarted.isOpen()).isTrue();
        }
    }
}
