package lab.spectra.model.sample;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
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
        return Checks.inOrder(
                () -> required("Material id", materialId),
                () -> requiredText("Material name", name, SampleLimits.MATERIAL_NAME),
                () -> optionalText("Formula", formula, SampleLimits.FORMULA),
                () -> optionalText("Description", description, SampleLimits.DESCRIPTION),
                () -> state.material(materialId).map(existing -> Checks.alreadyExists("A material")),
                () -> state.materialNamed(clean(name)).map(CreateMaterial::nameTaken));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Material material = new Material(
                materialId,
                state.organizationId(),
                clean(name),
                clean(formula),
                clean(description),
                null,
                now,
                now,
                null,
                1,
                meta.authorId());
        return List.of(new RowChange.Inserted(material));
    }

    private static Rejected nameTaken(Material holder) {
        return new Rejected(
                RejectionCode.DUPLICATE_NAME,
                "A material named " + holder.name() + " already exists; choose it instead");
    }
}
