package lab.spectra.model.spc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Sample;

/**
 * What a recorded result adds to the control charts (ADR 0026): a point on every series it
 * matches, and an alert for each rule the point completes, once the series' limits are frozen.
 * Runs inside {@code RecordResult}'s apply on the bench (offline) and again on the server, so both
 * write the same point ids; alerts use derived ids too, and the server's are the ones that count.
 *
 * <p>A result feeds a non-deleted series on its run's instrument whose quantity equals the
 * result's (in any case, trimmed), whose unit equals the result's, whose recipe lineage is the
 * run's recipe's name, and whose material, if set, is the run's sample's.
 *
 * <p>Reads stay bounded whatever the series' length: the rules are judged on the plotted values
 * within {@link #WIDEST_WINDOW} of the new point on either side, never the whole series.
 */
public final class SpcFeed {

    /** The widest window of any rule (rule 7: fifteen points), in plotted values. */
    static final int WIDEST_WINDOW = 15;

    private SpcFeed() {}

    /** The points and alerts a newly recorded result adds; empty when it feeds no series. */
    public static List<RowChange> of(Result result, DomainState state, Instant now) {
        Optional<Run> found = state.run(result.runId());
        if (found.isEmpty()) {
            return List.of();
        }
        Run run = found.get();
        String recipeName = state.recipe(run.recipeId()).map(Recipe::name).orElse(null);
        UUID materialId = run.sampleId() == null
                ? null
                : state.sample(run.sampleId()).map(Sample::materialId).orElse(null);
        List<SpcSeries> candidates = new ArrayList<>(state.spcSeriesOn(run.instrumentId()));
        // The same order on every side, so the same rows come out in the same order.
        candidates.sort(Comparator.comparing(SpcSeries::id));
        List<RowChange> changes = new ArrayList<>();
        for (SpcSeries series : candidates) {
            if (!feeds(series, result, recipeName, materialId)) {
                continue;
            }
            SpcPoint point = new SpcPoint(
                    SpcPoint.idFor(series.id(), result.id()),
                    state.organizationId(),
                    series.id(),
                    run.id(),
                    result.value(),
                    run.startedAt() != null ? run.startedAt() : result.recordedAt(),
                    now,
                    1,
                    result.id(),
                    result.recordedAt());
            changes.add(new RowChange.Inserted(point));
            if (series.hasLimits()) {
                alertsFor(series, point, result.recordedAt(), state, now)
                        .forEach(alert -> changes.add(new RowChange.Inserted(alert)));
            }
        }
        return changes;
    }

    /** Whether the result belongs on the series' chart. */
    static boolean feeds(SpcSeries series, Result result, String recipeName, UUID materialId) {
        return series.deletedAt() == null
                && series.instrumentId() != null
                && sameWords(series.parameter(), result.quantity())
                && series.unit() != null
                && result.unit() != null
                && series.unit().strip().equals(result.unit().strip())
                && series.watchesRecipe(recipeName)
                && (series.materialId() == null || series.materialId().equals(materialId));
    }

    private static boolean sameWords(String a, String b) {
        return a != null
                && b != null
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The alerts the new point raises: every violation whose pattern it is part of, judged with the
     * point in its place in chart order (a late point lands in the middle), except for a rule that
     * already has an open alert on the series (one alert per episode).
     */
    static List<SpcAlert> alertsFor(
            SpcSeries series, SpcPoint point, Instant raisedAt, DomainState state, Instant now) {
        int size = Math.max(1, series.subgroupSize());
        int each = (WIDEST_WINDOW + 1) * size;
        List<SpcPoint> neighbours = state.spcPointsAround(series.id(), point.measuredAt(), point.recordedAt(), each);
        long before = state.spcPointsBefore(series.id(), point.measuredAt(), point.recordedAt());
        long returnedBefore = neighbours.stream()
                .filter(neighbour -> placeOf(neighbour, point) < 0)
                .count();
        long firstIndex = before - returnedBefore;
        List<SpcPoint> chart = new ArrayList<>(neighbours);
        chart.removeIf(neighbour -> neighbour.id().equals(point.id()));
        chart.add(point);
        chart.sort(SpcPoint.CHART_ORDER);
        // Subgroups are counted from the series' first point: start at the first whole one here.
        int skip = (int) Math.floorMod(-firstIndex, (long) size);
        if (skip >= chart.size()) {
            return List.of();
        }
        List<PlottedValue> plotted = PlottedValue.of(series, chart.subList(skip, chart.size()));
        int newIndex = indexHolding(plotted, point.id());
        if (newIndex < 0) {
            return List.of(); // its subgroup is not full yet: nothing new is plotted
        }
        List<Violation> violations = NelsonRules.evaluate(PlottedValue.values(plotted), series.zones(), series.rules());
        Set<Integer> openRules = new HashSet<>();
        state.openSpcAlertsOf(series.id()).forEach(alert -> openRules.add(alert.ruleNumber()));
        List<SpcAlert> raised = new ArrayList<>();
        for (Violation violation : violations) {
            if (violation.index() < newIndex
                    || !violation.involved().contains(newIndex)
                    || openRules.contains(violation.ruleNumber())) {
                continue;
            }
            SpcPoint completing = plotted.get(violation.index()).last();
            UUID id = SpcAlert.idFor(series.id(), violation.rule(), completing.id());
            if (state.spcAlert(id).isPresent()) {
                continue;
            }
            List<UUID> involved = violation.involved().stream()
                    .flatMap(i -> plotted.get(i).points().stream())
                    .map(SpcPoint::id)
                    .toList();
            raised.add(new SpcAlert(
                    id,
                    state.organizationId(),
                    series.id(),
                    completing.id(),
                    SpcAlert.ruleName(violation.rule()),
                    messageOf(series, violation.rule()),
                    raisedAt,
                    null,
                    null,
                    1,
                    violation.ruleNumber(),
                    involved,
                    null,
                    now,
                    now));
            openRules.add(violation.ruleNumber());
        }
        return raised;
    }

    /** The rule in words as the series numbers it, e.g. "WE4: nine points in a row on the same side ...". */
    public static String messageOf(SpcSeries series, NelsonRule rule) {
        return series.ruleNumbering().label(rule) + ": " + rule.description();
    }

    private static int placeOf(SpcPoint point, SpcPoint reference) {
        int byRun = point.measuredAt().compareTo(reference.measuredAt());
        return byRun != 0 ? byRun : point.recordedAt().compareTo(reference.recordedAt());
    }

    private static int indexHolding(List<PlottedValue> plotted, UUID pointId) {
        for (int i = 0; i < plotted.size(); i++) {
            for (SpcPoint member : plotted.get(i).points()) {
                if (member.id().equals(pointId)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
