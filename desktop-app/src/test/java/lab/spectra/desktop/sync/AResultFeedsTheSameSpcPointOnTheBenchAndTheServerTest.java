package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.CreateSpcSeries;
import lab.spectra.model.spc.FreezeSpcLimits;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcLimitsProposal;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0026: a result recorded offline feeds the bench's control chart at once, with the point and
 * the (provisional) alert ids derived from the chart and the result; the server, feeding it again
 * when the result arrives, writes the same ids and values, and after the pull the bench holds the
 * server's rows.
 */
class AResultFeedsTheSameSpcPointOnTheBenchAndTheServerTest {

    private static final double[] BASELINE = {
        0.50, 0.51, 0.49, 0.50, 0.52, 0.48, 0.50, 0.51, 0.49, 0.50,
        0.51, 0.49, 0.50, 0.52, 0.48, 0.50, 0.51, 0.49, 0.51, 0.49
    };

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("spcfeed");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    @Test
    void anOutlierRecordedOfflineHasTheSamePointAndAlertOnBothSides() {
        UUID instrument = lab.instrumentWithValidCalibration(
                org, "SMU-" + org.organization().slug(), InstrumentKind.SMU);
        UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID sample = lab.sample(org, "SPC-1");
        SpcSeries series = chartWithFrozenLimits(instrument, recipe, sample);
        ServerSession tech = bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        assertThat(bench.sync().syncNow().succeeded()).isTrue();
        assertThat(bench.read(state -> state.spcSeries(series.id()))
                        .orElseThrow()
                        .hasLimits())
                .isTrue();

        network.mode(FaultyProxy.Mode.DOWN);
        StartRun start = new StartRun(bench.newMeta(tech.userId()), Ids.newId(), recipe, instrument, sample, null);
        RecordResult outlier = new RecordResult(
                bench.newMeta(tech.userId()), Ids.newId(), start.runId(), "Threshold voltage", 0.90, "V", null, null);
        assertThat(bench.commands().execute(start)).isInstanceOf(Applied.class);
        assertThat(bench.commands().execute(outlier)).isInstanceOf(Applied.class);

        UUID pointId = SpcPoint.idFor(series.id(), outlier.resultId());
        UUID alertId = SpcAlert.idFor(series.id(), NelsonRule.RULE_1, pointId);
        SpcPoint benchPoint = bench.read(state -> state.spcAlert(alertId).isPresent()
                ? state.spcPointsOf(series.id()).stream()
                        .filter(point -> point.id().equals(pointId))
                        .findFirst()
                        .orElseThrow()
                : null);
        assertThat(benchPoint)
                .as("the bench's point, with its provisional alert")
                .isNotNull();
        assertThat(benchPoint.value()).isEqualTo(0.90);
        assertThat(benchPoint.resultId()).isEqualTo(outlier.resultId());
        assertThat(provisionalOnTheBench(alertId)).isTrue();

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.succeeded()).as(report.failure()).isTrue();
        SpcPoint serverPoint = onTheServer(state -> state.spcPointsOf(series.id()).stream()
                .filter(point -> point.id().equals(pointId))
                .findFirst()
                .orElseThrow());
        assertThat(serverPoint.value()).isEqualTo(benchPoint.value());
        assertThat(serverPoint.measuredAt()).isEqualTo(benchPoint.measuredAt());
        assertThat(serverPoint.recordedAt()).isEqualTo(benchPoint.recordedAt());
        assertThat(serverPoint.runId()).isEqualTo(start.runId());
        SpcAlert serverAlert = onTheServer(state -> state.spcAlert(alertId).orElseThrow());
        assertThat(serverAlert.pointId()).isEqualTo(pointId);
        assertThat(serverAlert.ruleNumber()).isEqualTo(1);
        assertThat(serverAlert.message()).isEqualTo("Rule 1: one point more than 3 sigma from the centre line");
        assertThat(serverAlert.raisedAt()).isEqualTo(outlier.meta().authoredAt());
        List<SpcPoint> benchPoints = bench.read(state -> state.spcPointsOf(series.id()));
        List<SpcPoint> serverPoints = onTheServer(state -> state.spcPointsOf(series.id()));
        assertThat(benchPoints).hasSize(21).isEqualTo(serverPoints);
        Optional<SpcAlert> benchAlert = bench.read(state -> state.spcAlert(alertId));
        assertThat(benchAlert).contains(serverAlert);
        assertThat(provisionalOnTheBench(alertId)).isFalse();
    }

    /** A chart of threshold voltage with limits frozen by the PI from 20 results, all on the server. */
    private SpcSeries chartWithFrozenLimits(UUID instrument, UUID recipe, UUID sample) {
        CreateSpcSeries create = new CreateSpcSeries(
                lab.meta(org.engineer()),
                Ids.newId(),
                "Threshold voltage",
                instrument,
                "IV sweep",
                "threshold voltage",
                "V",
                null,
                ChartType.INDIVIDUALS_MOVING_RANGE,
                1,
                20,
                null,
                RuleNumbering.NELSON,
                true,
                null,
                null);
        ServerLab.expectApplied(lab.run(create, org.engineer()));
        StartRun start = new StartRun(lab.meta(org.technician()), Ids.newId(), recipe, instrument, sample, null);
        ServerLab.expectApplied(lab.run(start, org.technician()));
        for (double value : BASELINE) {
            ServerLab.expectApplied(lab.run(
                    new RecordResult(
                            lab.meta(org.technician()),
                            Ids.newId(),
                            start.runId(),
                            "threshold voltage",
                            value,
                            "V",
                            null,
                            null),
                    org.technician()));
        }
        SpcSeries created =
                onTheServer(state -> state.spcSeries(create.seriesId()).orElseThrow());
        String shown = SpcLimitsProposal.of(created, onTheServer(state -> state.spcPointsOf(created.id())), null, null)
                .contentSha256();
        ServerLab.expectApplied(lab.run(
                new FreezeSpcLimits(
                        lab.meta(org.pi()),
                        Ids.newId(),
                        Ids.newId(),
                        created.id(),
                        null,
                        null,
                        "Baseline of the first 20 sweeps",
                        shown,
                        null),
                org.pi()));
        return onTheServer(state -> state.spcSeries(created.id()).orElseThrow());
    }

    private <T> T onTheServer(java.util.function.Function<JdbcDomainState, T> query) {
        return lab.database.inTenant(
                org.id(), connection -> query.apply(new JdbcDomainState(connection, org.id(), lab.mapper)));
    }

    /** A bench alert is provisional while it is the effect of a command not yet answered by the server. */
    private boolean provisionalOnTheBench(UUID alertId) {
        return bench.database().transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM outbox_effects WHERE table_name = 'spc_alerts' AND row_id = ?")) {
                select.setObject(1, alertId);
                try (ResultSet count = select.executeQuery()) {
                    count.next();
                    return count.getLong(1) > 0;
                }
            }
        });
    }
}
