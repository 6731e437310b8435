package lab.spectra.desktop.notebook.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ADR 0018: the password unseals the device key on the bench itself, so wrong ones are limited
 * there: five in a row lock signing for that person, across a restart of the app, until they sign
 * in online again. Nothing is signed meanwhile.
 */
class FiveWrongPasswordsLockSigningOnTheBenchUntilTheNextOnlineSignInTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("locksign");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Path directory = SyncTestbed.newDataDirectory();
    private Workstation bench = Workstation.open(directory, network.uri());

    @AfterEach
    void close() {
        bench.close();
        network.close();
    }

    private int signatures(UUID entry) {
        return bench.read(state -> state.signaturesOf(ElnEntry.RECORD_TABLE, entry))
                .size();
    }

    @Test
    @Timeout(90)
    void theFifthWrongPasswordLocksSigningUntilAnOnlineSignIn() {
        String email = SyncTestbed.email(org, "tech");
        UUID tech = org.technician().userId();
        bench.signIn(email, SyncTestbed.PASSWORD);
        UUID entry = OfflineSigningBench.writeEntry(bench, tech, "Guarded entry");
        network.mode(FaultyProxy.Mode.DOWN);
        BenchSigning signing = new BenchSigning(bench);
        String shown = signing.contentSha256(entry).orElseThrow();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signing.sign(tech, entry, SignatureMeaning.AUTHORED, shown, "wrong".toCharArray()))
                    .isEqualTo(new SigningOutcome.WrongPassword(5 - attempt));
        }
        assertThat(signing.sign(tech, entry, SignatureMeaning.AUTHORED, shown, "wrong".toCharArray()))
                .isEqualTo(new SigningOutcome.Locked());
        assertThat(signing.sign(tech, entry, SignatureMeaning.AUTHORED, shown, OfflineSigningBench.password()))
                .isEqualTo(new SigningOutcome.Locked());
        assertThat(signatures(entry)).isZero();

        bench.close();
        bench = Workstation.open(directory, network.uri());
        assertThat(bench.signInOffline(email, OfflineSigningBench.password(), java.time.Duration.ofDays(7)))
                .isInstanceOf(Workstation.Unlocked.class);
        BenchSigning afterRestart = new BenchSigning(bench);
        assertThat(afterRestart.sign(tech, entry, SignatureMeaning.AUTHORED, shown, OfflineSigningBench.password()))
                .isEqualTo(new SigningOutcome.Locked());

        network.mode(FaultyProxy.Mode.PASS);
        bench.signIn(email, SyncTestbed.PASSWORD);

        assertThat(afterRestart.remainingAttempts(tech)).isEqualTo(5);
        assertThat(afterRestart.sign(tech, entry, SignatureMeaning.AUTHORED, shown, OfflineSigningBench.password()))
                .isInstanceOf(SigningOutcome.Signed.class);
        assertThat(signatures(entry)).isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void aRightPasswordStartsTheCountAgain() {
        UUID tech = org.technician().userId();
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        UUID entry = OfflineSigningBench.writeEntry(bench, tech, "Counted entry");
        network.mode(FaultyProxy.Mode.DOWN);
        BenchSigning signing = new BenchSigning(bench);
        String shown = signing.contentSha256(entry).orElseThrow();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signing.sign(tech, entry, SignatureMeaning.AUTHORED, shown, "wrong".toCharArray());
        }

        assertThat(signing.sign(tech, entry, SignatureMeaning.AUTHORED, shown, OfflineSigningBench.password()))
                .isInstanceOf(SigningOutcome.Signed.class);

        assertThat(signing.remainingAttempts(tech)).isEqualTo(5);
    }
}
