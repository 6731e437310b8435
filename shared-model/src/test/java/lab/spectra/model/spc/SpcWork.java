package lab.spectra.model.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.id.Ids;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.testing.Lab;

/**
 * SPC work in a {@link Lab} through the real commands: charts created by the engineer, runs on the
 * SMU, results recorded by their operator, limits frozen by the PI. Not a test itself.
 */
final class SpcWork {

    final Lab lab;

    SpcWork(Lab lab) {
        this.lab = lab;
    }

    /** An individuals chart of threshold voltage of IV sweeps on the SMU, created by the engineer. */
    SpcSeries create(String name, RuleNumbering numbering, boolean critical) {
        return create(name, numbering, critical, null);
    }

    /** The same, with only the given rules switched on (null: the numbering's usual set). */
    SpcSeries create(String name, RuleNumbering numbering, boolean critical, List<Integer> rules) {
        UUID id = Ids.newId();
        Outcome outcome = lab.handle(
                new CreateSpcSeries(
                        lab.meta(lab.engineer),
                        id,
                        name,
                        lab.smu.id(),
                        "IV sweep",
                        "Threshold voltage",
                        "V",
                        null,
                        ChartType.INDIVIDUALS_MOVING_RANGE,
                        null,
                        null,
                        rules,
                        numbering,
                        critical,
                        null,
                        null),
                lab.engineer);
        assertThat(outcome).isInstanceOf(Applied.class);
        return series(id);
    }

    /** Any chart, created by the engineer through the command; it must apply. */
    SpcSeries create(String name, UUID instrumentId, String recipeName, String quantity, String unit, UUID materialId) {
        UUID id = Ids.newId();
        Outcome outcome = lab.handle(
                new CreateSpcSeries(
                        lab.meta(lab.engineer),
                        id,
                        name,
                        instrumentId,
                        recipeName,
                        quantity,
                        unit,
                        materialId,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                lab.engineer);
        assertThat(outcome).isInstanceOf(Applied.class);
        return series(id);
    }

    SpcSeries series(UUID id) {
        return lab.state.spcSeries(id).orElseThrow();
    }

    /** A running run of the recipe on the SMU by the technician, started at {@code startedAt}. */
    Run runStartedAt(Instant startedAt, Recipe recipe) {
        Run run = new Run(
                Ids.newId(),
                lab.organizationId,
                recipe.id(),
                recipe.version(),
                lab.smu.id(),
                lab.smuCalibration.id(),
                lab.sample.id(),
                null,
                lab.technician.userId(),
                RunStatus.RUNNING,
                startedAt,
                null,
                null,
                null,
                null,
                startedAt,
                startedAt,
                1);
        lab.state.put(run);
        return run;
    }

    Run runStartedAt(Instant startedAt) {
        return runStartedAt(startedAt, lab.approvedIvSweep);
    }

    /** Records each value on the run, a minute apart from the run's start: the results' ids, in order. */
    List<UUID> record(Run run, double... values) {
        List<UUID> results = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Instant at = run.startedAt().plus(Duration.ofMinutes(i + 1L));
            results.add(record(run, "threshold voltage", values[i], "V", at));
        }
        return results;
    }

    UUID record(Run run, String quantity, double value, String unit, Instant at) {
        UUID resultId = Ids.newId();
        Outcome outcome = lab.handle(
                new RecordResult(lab.meta(lab.technician, at), resultId, run.id(), quantity, value, unit, null, null),
                lab.technician);
        assertThat(outcome).isInstanceOf(Applied.class);
        return resultId;
    }

    /** Feeds each value from its own run, an hour apart, starting at {@code first}. */
    Instant feedRuns(Instant first, double... values) {
        Instant at = first;
        for (double value : values) {
            record(runStartedAt(at), value);
            at = at.plus(Duration.ofHours(1));
        }
        return at;
    }

    /** A freeze of the series' first baseline as the given person was shown it. */
    FreezeSpcLimits freezeAsShown(Actor decider, SpcSeries series) {
        SpcLimitsProposal shown = SpcLimitsProposal.of(series, lab.state.spcPointsOf(series.id()), null, null);
        return new FreezeSpcLimits(
                lab.meta(decider),
                Ids.newId(),
                Ids.newId(),
                series.id(),
                null,
                null,
                "Baseline after the SMU's calibration",
                shown.canBeFrozen() ? shown.contentSha256() : "0".repeat(64),
                null);
    }

    /** Freezes the series' limits as the PI, who must succeed. */
    SpcSeries freeze(SpcSeries series) {
        assertThat(lab.handle(freezeAsShown(lab.pi, series), lab.pi)).isInstanceOf(Applied.class);
        return series(series.id());
    }

    List<SpcAlert> alertsOf(SpcSeries series) {
        return lab.state.all(SpcAlert.class).stream()
                .filter(alert -> alert.seriesId().equals(series.id()))
                .toList();
    }

    List<SpcPoint> pointsOf(SpcSeries series) {
        return lab.state.spcPointsOf(series.id());
    }

    /** Twenty in-control values around 0.50 with a spread of about 0.01, the last one below 0.50. */
    static double[] baseline() {
        return new double[] {
            0.50, 0.51, 0.49, 0.50, 0.52, 0.48, 0.50, 0.51, 0.49, 0.50,
            0.51, 0.49, 0.50, 0.52, 0.48, 0.50, 0.51, 0.49, 0.51, 0.49
        };
    }
}
