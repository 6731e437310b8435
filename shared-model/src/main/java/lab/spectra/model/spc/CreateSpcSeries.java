package lab.spectra.model.spc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/**
 * Starts watching one quantity of one recipe lineage on one instrument (optionally one material):
 * engineers and above. The series has no limits until a PI freezes them from its baseline.
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
        throw new UnsupportedOperationException("TODO(i17-a)");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("TODO(i17-a)");
    }
}
