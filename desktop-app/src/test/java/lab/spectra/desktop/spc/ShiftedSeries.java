package lab.spectra.desktop.spc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.testing.Lab;

/**
 * A threshold-voltage series on the lab's SMU shaped like the demo's, its rows written straight
 * into a bench's local copy: 20 stable baseline points, a calibration, then a shift of nine points
 * above the centre line (Nelson rule 2) and, after two ordinary points, one point more than 3 sigma
 * below it (rule 1). Runs are twelve hours apart from {@link #FIRST_RUN}; every rule is switched on.
 */
public final class ShiftedSeries {

    public static final Instant FIRST_RUN = Instant.parse("2026-02-01T08:00:00Z");
    public static final Duration BETWEEN_RUNS = Duration.ofHours(12);
    public static final double CENTRE = 0.42;
    public static final double SIGMA = 0.01;
    /** Offsets from the centre line, in sigma. */
    public static final double[] BASELINE = {
        0.3, -1.2, 0.5, 0.8, -0.4, 1.3, -0.6, -0.2, 0.4, -1.1, 0.2, 0.7, -0.5, 1.2, -0.3, -0.9, 0.6, 0.1, -1.4, 0.3
    };

    public static final double[] SHIFT = {0.6, 0.9, 0.4, 1.1, 0.7, 0.5, 0.8, 1.2, 0.6};
    public static final double[] AFTER_SHIFT = {-0.5, 0.3, -3.4, 0.2, -0.6};
    /** Position of the point beyond 3 sigma. */
    public static final int BEYOND_THREE_SIGMA = BASELINE.length + SHIFT.length + 2;
    /** When the SMU was calibrated: between the baseline's last run and the shift's first. */
    public static final Instant CALIBRATED =
            FIRST_RUN.plus(BETWEEN_RUNS.multipliedBy(BASELINE.length)).minus(Duration.ofHours(6));

    public final SpcSeries series;
    public final List<Run> runs = new ArrayList<>();
    public final List<SpcPoint> points = new ArrayList<>();
    public final Calibration calibration;

    private ShiftedSeries(SpcSeries series, Calibration calibration) {
        this.series = series;
        this.calibration = calibration;
    }

    /** The series with limits frozen at 0.42 ± 3 × 0.01 V and a specification of 0.36..0.48 V. */
    public static ShiftedSeries frozenIn(LocalCopy copy, Lab lab) {
        return in(copy, lab, true, offsets().length);
    }

    /** A series whose limits are not frozen yet, with its first {@code count} points. */
    public static ShiftedSeries notFrozenIn(LocalCopy copy, Lab lab, int count) {
        return in(copy, lab, false, count);
    }

    private static ShiftedSeries in(LocalCopy copy, Lab lab, boolean frozen, int count) {
        SpcSeries series = new SpcSeries(
                Ids.newId(),
                lab.organizationId,
                lab.smu.id(),
                "threshold voltage",
                "V",
                frozen ? CENTRE : null,
                frozen ? CENTRE - 3 * SIGMA : null,
                frozen ? CENTRE + 3 * SIGMA : null,
                FIRST_RUN,
                FIRST_RUN,
                null,
                1,
                "Threshold voltage, IV sweep",
                lab.approvedIvSweep.name(),
                null,
                ChartType.INDIVIDUALS_MOVING_RANGE,
                1,
                20,
                List.of(1, 2, 3, 4, 5, 6, 7, 8),
                RuleNumbering.NELSON,
                true,
                0.36,
                0.48,
                frozen ? SIGMA : null,
                null,
                lab.engineer.userId());
        Calibration calibration =
                lab.calibration(lab.smu, "CAL-2026-031", CALIBRATED, CALIBRATED.plus(Duration.ofDays(365)));
        ShiftedSeries shaped = new ShiftedSeries(series, calibration);
        double[] offsets = offsets();
        for (int i = 0; i < count; i++) {
            Instant started = runTime(i);
            Run run = new Run(
                    Ids.newId(),
                    lab.organizationId,
                    lab.approvedIvSweep.id(),
                    lab.approvedIvSweep.version(),
                    lab.smu.id(),
                    i < BASELINE.length ? lab.smuCalibration.id() : calibration.id(),
                    lab.sample.id(),
                    null,
                    lab.technician.userId(),
                    RunStatus.FINISHED,
                    started,
                    started.plus(Duration.ofMinutes(20)),
                    null,
                    null,
                    null,
                    started,
                    started,
                    1);
            UUID resultId = Ids.newId();
            shaped.runs.add(run);
            shaped.points.add(new SpcPoint(
                    SpcPoint.idFor(series.id(), resultId),
                    lab.organizationId,
                    series.id(),
                    run.id(),
                    CENTRE + offsets[i] * SIGMA,
                    started,
                    started.plus(Duration.ofMinutes(25)),
                    1,
                    resultId,
                    started.plus(Duration.ofMinutes(20))));
        }
        copy.put(series, calibration);
        copy.put(shaped.runs.toArray(Run[]::new));
        copy.put(shaped.points.toArray(SpcPoint[]::new));
        return shaped;
    }

    /**
     * The two alerts the server raises for this series: rule 2 at the ninth point above the centre
     * line (the tenth continues the same episode) and rule 1 at the far point; both open.
     */
    public void raiseTheAlertsTheServerWould(LocalCopy copy) {
        int ninthAbove = BASELINE.length + 7;
        copy.put(
                alert(NelsonRule.RULE_2, points.subList(ninthAbove - 8, ninthAbove + 1)),
                alert(NelsonRule.RULE_1, points.subList(BEYOND_THREE_SIGMA, BEYOND_THREE_SIGMA + 1)));
    }

    private SpcAlert alert(NelsonRule rule, List<SpcPoint> involved) {
        SpcPoint completing = involved.get(involved.size() - 1);
        Instant raised = completing.createdAt();
        return new SpcAlert(
                SpcAlert.idFor(series.id(), rule, completing.id()),
                series.organizationId(),
                series.id(),
                completing.id(),
                SpcAlert.ruleName(rule),
                series.ruleNumbering().label(rule) + ": " + rule.description(),
                raised,
                null,
                null,
                1,
                rule.number(),
                involved.stream().map(SpcPoint::id).toList(),
                null,
                raised,
                raised);
    }

    public static Instant runTime(int index) {
        return FIRST_RUN.plus(BETWEEN_RUNS.multipliedBy(index));
    }

    public static double[] offsets() {
        double[] all = new double[BASELINE.length + SHIFT.length + AFTER_SHIFT.length];
        System.arraycopy(BASELINE, 0, all, 0, BASELINE.length);
        System.arraycopy(SHIFT, 0, all, BASELINE.length, SHIFT.length);
        System.arraycopy(AFTER_SHIFT, 0, all, BASELINE.length + SHIFT.length, AFTER_SHIFT.length);
        return all;
    }
}
