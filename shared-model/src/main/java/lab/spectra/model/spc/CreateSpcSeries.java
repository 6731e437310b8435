package lab.spectra.model.spc;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Starts watching one quantity of one recipe lineage on one instrument (optionally one material):
 * engineers and above. The series has no limits until a PI freezes them from its baseline. Its
 * name is unique among the organization's series that are not deleted (in any case), so people
 * and alerts can name it; another lab's instrument or material is simply not found.
 *
 * @param enabledRules  Nelson rule numbers to switch on; null for the numbering's default set
 *                      (all eight for Nelson, 1, 2, 5, 6 for Western Electric)
 * @param subgroupSize  null or 1 for an individuals chart; 2..10 for X-bar charts
 * @param baselineSize  null for 20; at least 20
 */
public record CreateSpcSeries(
        CommandMeta meta,
        UUID seriesId,
        String name,
        UUID instrumentId,
        String recipeName,
        String quantity,
        String unit,
        UUID materialId,
        ChartType chartType,
        Integer subgroupSize,
        Integer baselineSize,
        List<Integer> enabledRules,
        RuleNumbering ruleNumbering,
        Boolean critical,
        Double lowerSpecLimit,
        Double upperSpecLimit)
        implements Command {

    public CreateSpcSeries {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.CREATE_SPC_SERIES;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Series id", seriesId),
                () -> requiredText("The chart's name", name, SpcSeriesRules.MAX_NAME),
                () -> required("The instrument", instrumentId),
                () -> requiredText("The recipe", recipeName, SpcSeriesRules.MAX_RECIPE_NAME),
                () -> requiredText("The quantity", quantity, SpcSeriesRules.MAX_QUANTITY),
                () -> requiredText("The unit", unit, SpcSeriesRules.MAX_UNIT),
                this::chartFitsSubgroups,
                () -> Checks.failIf(
                        baselineSize != null && baselineSize < SpcSeriesRules.SMALLEST_BASELINE,
                        RejectionCode.INVALID_INPUT,
                        "A baseline needs at least " + SpcSeriesRules.SMALLEST_BASELINE + " points or subgroups"),
                () -> SpcSeriesRules.ruleNumbers(enabledRules),
                () -> SpcSeriesRules.specificationLimits(lowerSpecLimit, upperSpecLimit),
                () -> state.spcSeries(seriesId).map(existing -> Checks.alreadyExists("A control chart")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        if (state.instrument(instrumentId)
                .filter(found -> found.deletedAt() == null)
                .isEmpty()) {
            return Checks.notFound("The instrument");
        }
        if (materialId != null && state.material(materialId).isEmpty()) {
            return Checks.notFound("The material");
        }
        return Checks.decide(SpcSeriesRules.uniqueName(name, seriesId, state));
    }

    /** Individuals charts plot single points; X-bar charts subgroups of 2 to 10. */
    private Optional<Rejected> chartFitsSubgroups() {
        if (chart() == ChartType.INDIVIDUALS_MOVING_RANGE) {
            return Checks.failIf(
                    subgroupSize != null && subgroupSize != 1,
                    RejectionCode.INVALID_INPUT,
                    "An individuals chart plots single points: its subgroup size is 1, not " + subgroupSize);
        }
        return Checks.failIf(
                subgroupSize == null
                        || subgroupSize < ControlChartConstants.SMALLEST_SUBGROUP
                        || subgroupSize > ControlChartConstants.LARGEST_SUBGROUP,
                RejectionCode.INVALID_INPUT,
                "An " + chart().label() + " chart needs subgroups of " + ControlChartConstants.SMALLEST_SUBGROUP
                        + " to " + ControlChartConstants.LARGEST_SUBGROUP + " points");
    }

    private ChartType chart() {
        return chartType == null ? ChartType.INDIVIDUALS_MOVING_RANGE : chartType;
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        RuleNumbering numbering = ruleNumbering == null ? RuleNumbering.NELSON : ruleNumbering;
        SpcSeries series = new SpcSeries(
                seriesId,
                state.organizationId(),
                instrumentId,
                clean(quantity),
                clean(unit),
                null,
                null,
                null,
                now,
                now,
                null,
                1,
                clean(name),
                clean(recipeName),
                materialId,
                chart(),
                subgroupSize == null ? 1 : subgroupSize,
                baselineSize == null ? SpcSeriesRules.SMALLEST_BASELINE : baselineSize,
                SpcSeriesRules.enabledOrDefault(enabledRules, numbering),
                numbering,
                Boolean.TRUE.equals(critical),
                lowerSpecLimit,
                upperSpecLimit,
                null,
                null,
                actor.userId());
        return List.of(new RowChange.Inserted(series));
    }
}
