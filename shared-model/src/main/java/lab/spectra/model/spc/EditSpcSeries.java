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
 * Changes what a series watches for and how it is shown: its name, the rules switched on, their
 * numbering, whether it is critical, and its specification limits (engineers and above). What it
 * watches (instrument, lineage, quantity) and its control limits are not changed here.
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
        throw new UnsupportedOperationException("TODO(i17-a)");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("TODO(i17-a)");
    }
}
