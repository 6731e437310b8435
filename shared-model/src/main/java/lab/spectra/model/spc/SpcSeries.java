package lab.spectra.model.spc;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A control chart: one quantity of one recipe lineage on one instrument, optionally for one
 * material (ADR 0026). Results that match feed it as {@link SpcPoint}s; its limits are frozen by a
 * PI's signed {@link SpcLimitDecision}, and are absent until then.
 *
 * @param parameter       the quantity watched, as results name it ("threshold voltage"), in any case
 * @param unit            the unit results must carry to feed it; results in another unit do not
 * @param centerLine      the centre line in force, or null before limits are frozen
 * @param recipeName      the recipe lineage (every version of the recipe of that name); null on series
 *                        made before lineages were watched, which every recipe feeds
 * @param materialId      when set, only results on samples of this material feed it
 * @param subgroupSize    1 for an individuals chart; 2..10 consecutive points per subgroup otherwise
 * @param baselineSize    how many points (or subgroups) the limits are computed from, at least 20
 * @param enabledRules    the Nelson rule numbers switched on, ascending
 * @param critical        an open alert puts the instrument on hold for the recipe lineage
 * @param sigma           one zone of the plotted statistic as frozen, or null before limits are frozen
 * @param limitsDecisionId the signed decision the limits in force come from
 */
public record SpcSeries(
        UUID id,
        UUID organizationId,
        UUID instrumentId,
        String parameter,
        String unit,
        Double centerLine,
        Double lowerControlLimit,
        Double upperControlLimit,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion,
        String name,
        String recipeName,
        UUID materialId,
        ChartType chartType,
        int subgroupSize,
        int baselineSize,
        List<Integer> enabledRules,
        RuleNumbering ruleNumbering,
        boolean critical,
        Double lowerSpecLimit,
        Double upperSpecLimit,
        Double sigma,
        UUID limitsDecisionId,
        UUID createdBy)
        implements Row {

    public SpcSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(instrumentId, "instrument_id");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(name, "name");
        chartType = chartType == null ? ChartType.INDIVIDUALS_MOVING_RANGE : chartType;
        ruleNumbering = ruleNumbering == null ? RuleNumbering.NELSON : ruleNumbering;
        enabledRules = enabledRules == null
                ? List.of()
                : enabledRules.stream().distinct().sorted().toList();
        boolean anyLimit = centerLine != null || lowerControlLimit != null || upperControlLimit != null;
        if (anyLimit
                && (centerLine == null
                        || lowerControlLimit == null
                        || upperControlLimit == null
                        || !(lowerControlLimit < centerLine && centerLine < upperControlLimit))) {
            throw new IllegalArgumentException("Control limits need LCL < centre < UCL, or none at all");
        }
    }

    /** Whether a PI has frozen limits on it; before that no rule is evaluated. */
    public boolean hasLimits() {
        return centerLine != null;
    }

    /**
     * The zones the rules are judged against. Series frozen before sigma was kept use a third of
     * the distance from the centre to the upper limit.
     */
    public ChartZones zones() {
        if (!hasLimits()) {
            throw new IllegalStateException("The series " + name + " has no limits yet");
        }
        double zone = sigma != null ? sigma : (upperControlLimit - centerLine) / 3.0;
        return new ChartZones(centerLine, zone);
    }

    public RuleSelection rules() {
        return new RuleSelection(
                enabledRules.stream().map(NelsonRule::numbered).collect(java.util.stream.Collectors.toSet()));
    }

    public SpecificationLimits specificationLimits() {
        return new SpecificationLimits(
                lowerSpecLimit == null ? OptionalDouble.empty() : OptionalDouble.of(lowerSpecLimit),
                upperSpecLimit == null ? OptionalDouble.empty() : OptionalDouble.of(upperSpecLimit));
    }

    /** Whether results of this recipe lineage are watched (by name, in any case). */
    public boolean watchesRecipe(String recipe) {
        return recipeName == null
                || (recipe != null
                        && recipeName
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .equals(recipe.strip().toLowerCase(Locale.ROOT)));
    }
}
