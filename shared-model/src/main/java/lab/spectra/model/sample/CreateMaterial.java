package lab.spectra.model.sample;

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
 * Adds a material samples can be made of. Names are unique per organization (any case, live
 * materials), checked on the bench against its cache and again on the server.
 */
public record CreateMaterial(CommandMeta meta, UUID materialId, String name, String formula, String description)
        implements Command {

    public CreateMaterial {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.CREATE_MATERIAL;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        throw new UnsupportedOperationException("issue 18: being written");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("issue 18: being written");
    }
}
