package lab.spectra.desktop.notebook.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ADR 0018 end to end over HTTP: with the network down, a technician signs their entry with the
 * device key their password unseals; when the bench is back online the push delivers it, the
 * server verifies and countersigns it, and the bench's copy shows the countersignature.
 */
class ATechnicianSignsOfflineAndTheServerCountersignsOnSyncTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("offsign");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());
    private final BenchSigning signing = new BenchSigning(bench);

    @AfterEach
    void close() {
        bench.close();
        network.close();
    }

    @Test
    @Timeout(60)
    void theOfflineSignatureIsCountersignedAtTheNextSync() {
        UUID tech = org.technician().userId();
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        UUID entry = OfflineSigningBench.writeEntry(bench, tech, "Offline observation");
        bench.sync().syncNow();
        network.mode(FaultyProxy.Mode.DOWN);
        String shown = signing.contentSha256(entry).orElseThrow();

        SigningOutcome outcome =
                signing.sign(tech, entry, SignatureMeaning.AUTHORED, shown, OfflineSigningBench.password());

        assertThat(outcome).isInstanceOf(SigningOutcome.Signed.class);
        UUID signatureId = ((SigningOutcome.Signed) outcome).signatureId();
        Signature local = bench.read(state -> state.signature(signatureId)).orElseThrow();
        assertThat(local.deviceSignature()).isNotBlank();
        assertThat(local.countersignature()).isNull();

        network.mode(FaultyProxy.Mode.PASS);
        bench.sync().syncNow();

        assertThat(bench.problems().open()).isEmpty();
        assertThat(new ServerTables(testbed.lab, org)
                        .count(
                                "SELECT count(*) FROM signatures WHERE id = ? AND countersignature IS NOT NULL"
                                        + " AND device_signature IS NOT NULL",
                                signatureId))
                .isEqualTo(1);
        Signature pulled = bench.read(state -> state.signature(signatureId)).orElseThrow();
        assertThat(pulled.countersignature()).isNotBlank();
        assertThat(pulled.countersignedAt()).isNotNull();
        assertThat(pulled.recordTable()).isEqualTo(ElnEntry.RECORD_TABLE);
        assertThat(pulled.valid()).isTrue();
    }
}
