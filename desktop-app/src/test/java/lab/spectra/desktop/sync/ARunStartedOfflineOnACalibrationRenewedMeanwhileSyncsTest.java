package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.command.Applied;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Found by the chaos harness (issue 21, seed 21001): while a bench was offline the lab revoked the
 * instrument's calibration and recorded a new one; the technician started a run offline on the old
 * one. The server applies the start on the calibration valid now, which the bench has not pulled
 * yet: storing the answer's run failed on the missing calibration, and every later sync failed the
 * same way. The bench now leaves that row to the pull that follows the push.
 */
class ARunStartedOfflineOnACalibrationRenewedMeanwhileSyncsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("renewed");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    @Test
    void theRunReachesTheBenchOnTheNewCalibrationAndTheBenchKeepsSyncing() {
        UUID instrument = lab.instrument(org, "SMU-" + org.organization().slug(), InstrumentKind.SMU);
        Instant now = Instant.now();
        UUID oldCalibration =
                lab.calibrate(org, instrument, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)));
        UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID sample = lab.sample(org, "RN-1");
        ServerSession tech = bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        assertThat(bench.sync().syncNow().succeeded()).isTrue();

        network.mode(FaultyProxy.Mode.DOWN);
        lab.run(new RevokeCalibration(lab.meta(org.admin()), oldCalibration, "Out of tolerance"), org.admin());
        UUID newCalibration =
                lab.calibrate(org, instrument, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(100)));
        StartRun start = new StartRun(bench.newMeta(tech.userId()), Ids.newId(), recipe, instrument, sample, null);
        assertThat(bench.commands().execute(start)).isInstanceOf(Applied.class);

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.succeeded()).as("%s", report).isTrue();
        assertThat(report.applied()).isEqualTo(1);
        Run run = bench.read(state -> state.run(start.runId())).orElseThrow();
        assertThat(run.calibrationId()).isEqualTo(newCalibration);
        assertThat(bench.problems().open()).isEmpty();
        assertThat(bench.sync().status().pending()).isZero();
        assertThat(bench.sync().syncNow().succeeded()).isTrue();
    }
}
