package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A barcode is unique per organization: each bench checks it against its own copy, and the server
 * again. Two benches offline may each accept the same new barcode; the second to sync is refused
 * with the reason, shown in its sync problems, and its sample is undone there.
 */
class TwoBenchesOfflineRegisteringTheSameBarcodeTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("barcodes");
    private final ServerTables server = new ServerTables(testbed.lab, org);
    private final FaultyProxy networkA = new FaultyProxy(testbed.serverUri());
    private final FaultyProxy networkB = new FaultyProxy(testbed.serverUri());
    private final Workstation benchA = testbed.newWorkstation(networkA.uri());
    private final Workstation benchB = testbed.newWorkstation(networkB.uri());
    private ServerSession engineer;
    private ServerSession pi;

    @BeforeEach
    void bothBenchesAreSignedInThenGoOffline() {
        testbed.lab.sample(org, "KNOWN-1");
        engineer = benchA.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        pi = benchB.signIn(SyncTestbed.email(org, "pi"), SyncTestbed.PASSWORD);
        benchA.sync().syncNow();
        benchB.sync().syncNow();
        networkA.mode(FaultyProxy.Mode.DOWN);
        networkB.mode(FaultyProxy.Mode.DOWN);
    }

    @AfterEach
    void closeAll() {
        benchA.close();
        benchB.close();
        networkA.close();
        networkB.close();
    }

    private static CreateSample create(Workstation bench, ServerSession author, String name, String barcode) {
        return new CreateSample(bench.newMeta(author.userId()), Ids.newId(), name, barcode, null, null, null);
    }

    @Test
    void aBarcodeOnThisBenchIsRefusedOfflineBeforeAnySync() {
        assertThat(benchA.commands().execute(create(benchA, engineer, "Again", "KNOWN-1")))
                .isEqualTo(new Rejected(
                        RejectionCode.DUPLICATE_BARCODE, "Barcode KNOWN-1 is already used by sample Sample KNOWN-1"));

        networkA.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report report = benchA.sync().syncNow();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.pushed()).as("nothing was queued").isZero();
        assertThat(server.count("SELECT count(*) FROM samples WHERE barcode = ?", "KNOWN-1"))
                .isEqualTo(1);
    }

    @Test
    void theSecondBenchToSyncIsRefusedWithTheReasonAndItsSampleIsUndone() {
        CreateSample first = create(benchA, engineer, "Film from bench A", "DUP-7");
        CreateSample second = create(benchB, pi, "Film from bench B", "DUP-7");
        assertThat(benchA.commands().execute(first)).isInstanceOf(Applied.class);
        assertThat(benchB.commands().execute(second)).isInstanceOf(Applied.class);
        Optional<Sample> offline = benchB.read(state -> state.sampleByBarcode("DUP-7"));
        assertThat(offline.orElseThrow().id()).isEqualTo(second.sampleId());

        networkA.mode(FaultyProxy.Mode.PASS);
        networkB.mode(FaultyProxy.Mode.PASS);
        assertThat(benchA.sync().syncNow().succeeded()).isTrue();
        assertThat(benchB.sync().syncNow().succeeded()).isTrue();

        List<SyncProblem> problems = benchB.problems().openFor(pi.userId());
        assertThat(problems).hasSize(1);
        SyncProblem refused = problems.get(0);
        assertThat(refused.kind()).isEqualTo(SyncProblem.Kind.REJECTED);
        assertThat(refused.code()).isEqualTo(RejectionCode.DUPLICATE_BARCODE);
        assertThat(refused.message()).isEqualTo("Barcode DUP-7 is already used by sample Film from bench A");
        assertThat(((CreateSample) refused.command()).sampleId()).isEqualTo(second.sampleId());

        UUID kept = benchB.read(state -> state.sampleByBarcode("DUP-7"))
                .orElseThrow()
                .id();
        assertThat(kept).as("bench B now holds bench A's sample").isEqualTo(first.sampleId());
        Optional<Sample> undone = benchB.read(state -> state.sample(second.sampleId()));
        assertThat(undone).isEmpty();
        assertThat(server.count("SELECT count(*) FROM samples WHERE barcode = ?", "DUP-7"))
                .isEqualTo(1);
    }
}
