package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spec §4: on sync the server re-validates offline runs against its own calibrations. */
class ARunOnACalibrationRevokedWhileOfflineIsBlockedTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("revoked");
    private final ServerTables server = new ServerTables(lab, org);
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    private Optional<Run> localRun(UUID id) {
        return bench.read(state -> state.run(id));
    }

    @Test
    void theOfflineRunIsRejectedWithTheReasonListedAndShownAsBlocked() {
        String instrumentName = "XRD-" + org.organization().slug();
        UUID instrument = lab.instrument(org, instrumentName, InstrumentKind.XRD);
        Instant now = Instant.now();
        UUID calibration =
                lab.calibrate(org, instrument, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)));
        UUID recipe = lab.approvedRecipe(org, "Theta-2theta scan", InstrumentKind.XRD);
        UUID sample = lab.sample(org, "RV-1");
        ServerSession tech = bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();

        network.mode(FaultyProxy.Mode.DOWN);
        // The lab revokes the certificate while the bench is offline; the bench cannot know yet.
        lab.run(new RevokeCalibration(lab.meta(org.admin()), calibration, "Out of tolerance"), org.admin());
        StartRun start = new StartRun(bench.newMeta(tech.userId()), Ids.newId(), recipe, instrument, sample, null);
        RecordResult result = new RecordResult(
                bench.newMeta(tech.userId()),
                Ids.newId(),
                start.runId(),
                "lattice_constant",
                5.431,
                "angstrom",
                null,
                null);
        assertThat(bench.commands().execute(start)).isInstanceOf(Applied.class);
        assertThat(bench.commands().execute(result)).isInstanceOf(Applied.class);
        assertThat(localRun(start.runId()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.refused()).isEqualTo(2);
        assertThat(server.count("SELECT count(*) FROM runs WHERE id = ?", start.runId()))
                .isZero();
        List<SyncProblem> problems = bench.problems().openFor(tech.userId());
        assertThat(problems)
                .extracting(SyncProblem::commandId)
                .containsExactly(start.meta().commandId(), result.meta().commandId());
        SyncProblem refusedStart = problems.get(0);
        assertThat(refusedStart.code()).isEqualTo(RejectionCode.CALIBRATION_REVOKED);
        assertThat(refusedStart.message()).startsWith("Calibration for " + instrumentName + " was revoked on ");
        assertThat(refusedStart.blockedRunId()).isEqualTo(start.runId());
        Run blocked = localRun(start.runId()).orElseThrow();
        assertThat(blocked.status()).isEqualTo(RunStatus.BLOCKED);
        assertThat(blocked.blockedReason()).isEqualTo(refusedStart.message());
        Optional<Result> localResult = bench.read(state -> state.result(result.resultId()));
        assertThat(localResult).isEmpty();
        assertThat(bench.sync().status().openProblems()).isEqualTo(2);
        assertThat(bench.sync().status().pending()).isZero();
    }

    @Test
    void acknowledgingTheProblemClearsTheBlockedRun() {
        UUID instrument = lab.instrument(org, "SMU-" + org.organization().slug(), InstrumentKind.SMU);
        Instant now = Instant.now();
        UUID calibration =
                lab.calibrate(org, instrument, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)));
        UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID sample = lab.sample(org, "RV-2");
        ServerSession tech = bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        lab.run(new RevokeCalibration(lab.meta(org.admin()), calibration, "Dropped during transport"), org.admin());
        StartRun start = new StartRun(bench.newMeta(tech.userId()), Ids.newId(), recipe, instrument, sample, null);
        bench.commands().execute(start);
        bench.sync().syncNow();

        bench.problems().acknowledge(start.meta().commandId());
        bench.sync().refreshCounts();

        assertThat(bench.problems().open()).isEmpty();
        assertThat(localRun(start.runId())).isEmpty();
        assertThat(bench.sync().status().openProblems()).isZero();
    }
}
