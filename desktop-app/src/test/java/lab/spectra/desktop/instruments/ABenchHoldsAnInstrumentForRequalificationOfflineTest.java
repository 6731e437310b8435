package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RecordMaintenance;
import lab.spectra.model.instrument.RecordRequalification;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the server out of reach, the bench judges the requalification hold from what it synced: a
 * run after the maintenance is refused with the reason in words, and a requalification recorded
 * offline lifts the hold there and then; both reach the server when it is back (ADR 0022).
 */
class ABenchHoldsAnInstrumentForRequalificationOfflineTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("requalify");
    private final ServerTables server = new ServerTables(lab, org);
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    @Test
    void aRunAfterTheSyncedMaintenanceIsRefusedOfflineUntilARequalificationIsRecordedOffline() {
        String name = "SMU-" + org.organization().slug();
        UUID instrument = lab.instrumentWithValidCalibration(org, name, InstrumentKind.SMU);
        UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID sample = lab.sample(org, "RQ-1");
        Instant maintained = Instant.now().minus(Duration.ofHours(1));
        ServerLab.expectApplied(lab.run(
                new RecordMaintenance(
                        lab.meta(org.admin()), Ids.newId(), instrument, null, maintained, "Guard cable replaced"),
                org.admin()));
        ServerSession admin = bench.signIn(SyncTestbed.email(org, "admin"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        network.mode(FaultyProxy.Mode.DOWN);

        StartRun refused = new StartRun(bench.newMeta(admin.userId()), Ids.newId(), recipe, instrument, sample, null);
        assertThat(bench.commands().execute(refused))
                .isEqualTo(new Rejected(
                        RejectionCode.REQUALIFICATION_NEEDED,
                        name + " needs requalification after maintenance on "
                                + maintained.atOffset(ZoneOffset.UTC).toLocalDate()));
        assertThat(bench.sync().status().pending()).isZero();
        assertThat(heldOnTheInstrumentsScreen(instrument)).isTrue();

        CommandMeta requalifying = bench.newMeta(admin.userId());
        assertThat(bench.commands()
                        .execute(new RecordRequalification(
                                requalifying,
                                Ids.newId(),
                                instrument,
                                requalifying.authoredAt().minus(Duration.ofMinutes(5)),
                                "Reference resistor within 0.05 %")))
                .isInstanceOf(Applied.class);
        StartRun accepted = new StartRun(bench.newMeta(admin.userId()), Ids.newId(), recipe, instrument, sample, null);
        assertThat(bench.commands().execute(accepted)).isInstanceOf(Applied.class);
        assertThat(heldOnTheInstrumentsScreen(instrument)).isFalse();

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.refused()).isZero();
        assertThat(server.count("SELECT count(*) FROM runs WHERE id = ?", accepted.runId()))
                .isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM instrument_events WHERE instrument_id = ?", instrument))
                .isEqualTo(2);
    }

    private boolean heldOnTheInstrumentsScreen(UUID instrument) {
        return new InstrumentLockouts(new BenchReads(bench.commands()), bench.clock())
                .evaluate().stream()
                        .filter(lockout -> lockout.instrument().id().equals(instrument))
                        .findFirst()
                        .map(InstrumentLockout::locked)
                        .orElseThrow();
    }
}
