package lab.spectra.model.spc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * Changes what a series watches for and how it is shown: its name, the rules switched on, their
 * numbering, whether it is critical, and its specification limits (engineers and above). What it
 * watches (instrument, lineage, quantity) and its control limits are not changed here.
 *
 * <p>A null name, rule list, numbering or critical flag keeps the chart's own; the specification
 * limits are always the ones given (null: none), as the edit form shows them.
 *
 * @param expectedRowVersion the series' row version the author saw; another edit in between is a
 *                           conflict (a regulated setting is never silently overwritten)
 */
public record EditSpcSeries(
        CommandMeta meta,
        UUID seriesId,
        String name,
        List<Integer> enabledRules,
        RuleNumbering ruleNumbering,
        Boolean critical,
        Double lowerSpecLimit,
        Double upperSpecLimit,
        String reason,
        Long expectedRowVersion)
        implements Command {

    public EditSpcSeries {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.EDIT_SPC_SERIES;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Series id", seriesId),
                () -> Checks.required("The version of the chart you edited", expectedRowVersion),
                () -> name == null
                        ? Checks.pass()
                        : Checks.requiredText("The chart's name", name, SpcSeriesRules.MAX_NAME),
                () -> SpcSeriesRules.ruleNumbers(enabledRules),
                () -> SpcSeriesRules.specificationLimits(lowerSpecLimit, upperSpecLimit),
                () -> Checks.optionalText("The reason", reason, SpcSeriesRules.MAX_REASON));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<SpcSeries> found = state.spcSeries(seriesId).filter(series -> series.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The control chart");
        }
        SpcSeries current = found.get();
        if (current.rowVersion() != expectedRowVersion) {
            return new Conflict(
                    "The control chart " + current.name() + " was changed by someone else after you opened it",
                    current);
        }
        return name == null ? Decision.ACCEPTED : Checks.decide(SpcSeriesRules.uniqueName(name, seriesId, state));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        SpcSeries current = state.spcSeries(seriesId).orElseThrow();
        RuleNumbering numbering = ruleNumbering == null ? current.ruleNumbering() : ruleNumbering;
        SpcSeries edited = new SpcSeries(
                current.id(),
                current.organizationId(),
                current.instrumentId(),
                current.parameter(),
                current.unit(),
                current.centerLine(),
                current.lowerControlLimit(),
                current.upperControlLimit(),
                current.createdAt(),
                now,
                current.deletedAt(),
                current.rowVersion() + 1,
                name == null ? current.name() : Checks.clean(name),
                current.recipeName(),
                current.materialId(),
                current.chartType(),
                current.subgroupSize(),
                current.baselineSize(),
                enabledRules == null
                        ? current.enabledRules()
                        : SpcSeriesRules.enabledOrDefault(enabledRules, numbering),
                numbering,
                critical == null ? current.critical() : critical,
                lowerSpecLimit,
                upperSpecLimit,
                current.sigma(),
                current.limitsDecisionId(),
                current.createdBy());
        return List.of(new RowChange.Updated(current, edited));
    }
}
