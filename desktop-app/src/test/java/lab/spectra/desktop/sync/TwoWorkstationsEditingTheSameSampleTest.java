package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADR 0004: free text, the later edit wins and both stay audited; regulated fields, the second edit is a conflict. */
class TwoWorkstationsEditingTheSameSampleTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("edits");
    private final ServerTables server = new ServerTables(testbed.lab, org);
    private final FaultyProxy networkA = new FaultyProxy(testbed.serverUri());
    private final FaultyProxy networkB = new FaultyProxy(testbed.serverUri());
    private final Workstation benchA = testbed.newWorkstation(networkA.uri());
    private final Workstation benchB = testbed.newWorkstation(networkB.uri());
    private UUID sampleId;
    private ServerSession engineer;
    private ServerSession admin;

    @BeforeEach
    void bothWorkstationsKnowTheSampleThenGoOffline() {
        sampleId = testbed.lab.sample(org, "ED-1");
        engineer = benchA.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        admin = benchB.signIn(SyncTestbed.email(org, "admin"), SyncTestbed.PASSWORD);
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

    private static Sample sample(Workstation bench, UUID id) {
        return bench.read(state -> state.sample(id)).orElseThrow();
    }

    private EditSample location(Workstation bench, ServerSession author, String to) {
        return new EditSample(
                bench.newMeta(author.userId()),
                sampleId,
                null,
                null,
                new FieldChange<>(sample(bench, sampleId).location(), to),
                null,
                null,
                null,
                null);
    }

    private EditSample status(Workstation bench, ServerSession author, SampleStatus to) {
        return new EditSample(
                bench.newMeta(author.userId()),
                sampleId,
                null,
                null,
                null,
                new FieldChange<>(sample(bench, sampleId).status(), to),
                null,
                null,
                null);
    }

    private void bothComeBackOnlineAndSyncAThenB() {
        networkA.mode(FaultyProxy.Mode.PASS);
        networkB.mode(FaultyProxy.Mode.PASS);
        assertThat(benchA.sync().syncNow().succeeded()).isTrue();
        assertThat(benchB.sync().syncNow().succeeded()).isTrue();
        benchA.sync().syncNow();
    }

    @Test
    void forAFreeTextFieldTheLaterEditWinsAndTheAuditTrailKeepsBoth() {
        assertThat(benchA.commands().execute(location(benchA, engineer, "Shelf 1")))
                .isInstanceOf(Applied.class);
        assertThat(benchB.commands().execute(location(benchB, admin, "Shelf 2")))
                .isInstanceOf(Applied.class);

        bothComeBackOnlineAndSyncAThenB();

        assertThat(sample(benchA, sampleId).location()).isEqualTo("Shelf 2");
        assertThat(sample(benchB, sampleId)).isEqualTo(sample(benchA, sampleId));
        assertThat(benchB.problems().open()).isEmpty();
        assertThat(server.count(
                        "SELECT count(*) FROM audit_log WHERE action = 'EditSample' AND record_id = ?", sampleId))
                .isEqualTo(2);
        assertThat(server.count(
                        "SELECT count(*) FROM audit_log WHERE action = 'EditSample'"
                                + " AND new_value->>'location' = 'Shelf 1' AND record_id = ?",
                        sampleId))
                .isEqualTo(1);
    }

    @Test
    void forARegulatedFieldTheSecondEditIsAConflictShownWithTheServersVersion() {
        benchA.commands().execute(status(benchA, engineer, SampleStatus.AVAILABLE));
        benchB.commands().execute(status(benchB, admin, SampleStatus.ON_HOLD));
        assertThat(sample(benchB, sampleId).status()).isEqualTo(SampleStatus.ON_HOLD);

        bothComeBackOnlineAndSyncAThenB();

        List<SyncProblem> problems = benchB.problems().openFor(admin.userId());
        assertThat(problems).hasSize(1);
        SyncProblem conflict = problems.get(0);
        assertThat(conflict.kind()).isEqualTo(SyncProblem.Kind.CONFLICT);
        assertThat(conflict.code()).isEqualTo(RejectionCode.CONFLICT);
        assertThat(conflict.serverRow().get("status").asText()).isEqualTo("available");
        assertThat(((EditSample) conflict.command()).status().to()).isEqualTo(SampleStatus.ON_HOLD);
        assertThat(sample(benchB, sampleId).status()).isEqualTo(SampleStatus.AVAILABLE);
        assertThat(sample(benchA, sampleId).status()).isEqualTo(SampleStatus.AVAILABLE);
        assertThat(server.count(
                        "SELECT count(*) FROM audit_log WHERE action = 'EditSample' AND record_id = ?", sampleId))
                .isEqualTo(1);
    }
}
