package lab.spectra.model.spc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.spc.BaselineVerdict.Frozen;
import lab.spectra.model.spc.BaselineVerdict.Refused;

/**
 * The limits a baseline gives, as shown to a PI before they sign, and the hash of exactly that
 * (ADR 0026). The bench's freeze dialog and the server's endpoint show it; {@link FreezeSpcLimits}
 * computes it again from the deciding side's points and refuses when the hash differs (the baseline
 * changed under the PI). A pure function of the series and its points.
 *
 * <p>The hashed text, UTF-8, one item per line ({@code \n}, also after the last):
 *
 * <pre>
 * spectra-spc-limits-v1
 * series &lt;series id&gt;
 * chart &lt;individuals_moving_range | xbar_r | xbar_s&gt;
 * subgroup-size &lt;n&gt;
 * baseline-size &lt;points or subgroups&gt;
 * points &lt;id&gt;=&lt;value&gt;   (one line per baseline point, in chart order)
 * centre &lt;value&gt;
 * lcl &lt;value&gt;
 * ucl &lt;value&gt;
 * sigma &lt;value&gt;
 * </pre>
 *
 * Values are written with {@link Double#toString}, exact and the same in every JVM.
 *
 * @param baseline       the points the limits come from, in chart order (empty when there are too few)
 * @param verdict        the limits, or why this baseline cannot give any
 * @param contentSha256  the hash the PI signs; null when refused
 */
public record SpcLimitsProposal(
        SpcSeries series, List<SpcPoint> baseline, BaselineVerdict verdict, String contentSha256) {

    public SpcLimitsProposal {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(verdict, "verdict");
        baseline = List.copyOf(baseline);
    }

    /**
     * The limits from {@code baselineSize} points or subgroups (null: the series' own baseline size)
     * starting at {@code firstPointId} (null: the series' first point).
     *
     * @param pointsInChartOrder every point of the series, in {@link SpcPoint#CHART_ORDER}
     */
    public static SpcLimitsProposal of(
            SpcSeries series, List<SpcPoint> pointsInChartOrder, UUID firstPointId, Integer baselineSize) {
        int size = baselineSize == null ? series.baselineSize() : baselineSize;
        int start = 0;
        if (firstPointId != null) {
            start = indexOf(pointsInChartOrder, firstPointId);
            if (start < 0) {
                return refused(
                        series, BaselineProblem.NOT_ENOUGH_POINTS, "The baseline's first point is not on this chart");
            }
        }
        List<SpcPoint> fromStart = pointsInChartOrder.subList(start, pointsInChartOrder.size());
        int perValue = Math.max(1, series.subgroupSize());
        List<SpcPoint> baseline = fromStart.subList(0, Math.min(fromStart.size(), Math.max(0, size) * perValue));
        BaselineVerdict verdict = verdictOf(series, baseline, size);
        String hash = verdict instanceof Frozen frozen ? sha256(series, baseline, frozen.limits()) : null;
        return new SpcLimitsProposal(series, verdict instanceof Frozen ? baseline : List.of(), verdict, hash);
    }

    public boolean canBeFrozen() {
        return verdict instanceof Frozen;
    }

    /** The limits; only when {@link #canBeFrozen()}. */
    public FrozenLimits limits() {
        if (verdict instanceof Frozen frozen) {
            return frozen.limits();
        }
        throw new IllegalStateException(((Refused) verdict).message());
    }

    private static BaselineVerdict verdictOf(SpcSeries series, List<SpcPoint> baseline, int size) {
        List<Double> values = baseline.stream().map(SpcPoint::value).toList();
        if (series.chartType() == ChartType.INDIVIDUALS_MOVING_RANGE || series.subgroupSize() <= 1) {
            return BaselineLimits.individualsMovingRange(values, size);
        }
        int perValue = series.subgroupSize();
        List<List<Double>> subgroups = new java.util.ArrayList<>();
        for (int i = 0; i + perValue <= values.size(); i += perValue) {
            subgroups.add(values.subList(i, i + perValue));
        }
        return series.chartType() == ChartType.XBAR_R
                ? BaselineLimits.xBarR(subgroups, size)
                : BaselineLimits.xBarS(subgroups, size);
    }

    private static int indexOf(List<SpcPoint> points, UUID id) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static SpcLimitsProposal refused(SpcSeries series, BaselineProblem problem, String message) {
        return new SpcLimitsProposal(series, List.of(), new Refused(problem, message), null);
    }

    static String sha256(SpcSeries series, List<SpcPoint> baseline, FrozenLimits limits) {
        StringBuilder text = new StringBuilder("spectra-spc-limits-v1\n")
                .append("series ")
                .append(series.id())
                .append('\n')
                .append("chart ")
                .append(limits.chartType().name().toLowerCase(Locale.ROOT))
                .append('\n')
                .append("subgroup-size ")
                .append(limits.subgroupSize())
                .append('\n')
                .append("baseline-size ")
                .append(limits.baselineSize())
                .append('\n');
        for (SpcPoint point : baseline) {
            text.append("points ")
                    .append(point.id())
                    .append('=')
                    .append(point.value())
                    .append('\n');
        }
        text.append("centre ")
                .append(limits.centre())
                .append('\n')
                .append("lcl ")
                .append(limits.lowerControlLimit())
                .append('\n')
                .append("ucl ")
                .append(limits.upperControlLimit())
                .append('\n')
                .append("sigma ")
                .append(limits.sigma())
                .append('\n');
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
