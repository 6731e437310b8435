package lab.spectra.model.eln;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
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
 * Writes a new lab notebook entry, linked to the samples and runs it is about. Every linked
 * record must exist in the author's organization; the author of the command becomes the
 * entry's author. Signing is a separate step ({@link SignElnEntry}).
 */
public record WriteElnEntry(
        CommandMeta meta, UUID entryId, String title, String bodyMarkdown, List<UUID> sampleIds, List<UUID> runIds)
        implements Command {

    public WriteElnEntry {
        CommandMeta.require(meta);
        sampleIds = readOnlyCopy(sampleIds);
        runIds = readOnlyCopy(runIds);
    }

    @Override
    public Action requiredAction() {
        return Action.WRITE_ELN_ENTRY;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        return Checks.inOrder(
                () -> required("Entry id", entryId),
                () -> requiredText("Title", title, ElnLimits.TITLE),
                () -> optionalText("Entry text", bodyMarkdown, ElnLimits.BODY),
                () -> checkLinks("samples", sampleIds),
                () -> checkLinks("runs", runIds),
                () -> state.elnEntry(entryId).map(existing -> Checks.alreadyExists("A notebook entry")),
                () -> firstMissing(sampleIds, "Linked sample", id -> state.sample(id)
                        .filter(sample -> !sample.deleted())
                        .isPresent()),
                () -> firstMissing(runIds, "Linked run", id -> state.run(id).isPresent()));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        ElnEntry entry = new ElnEntry(
                entryId,
                state.organizationId(),
                clean(title),
                bodyMarkdown == null ? "" : bodyMarkdown,
                meta.authorId(),
                List.of(),
                distinct(sampleIds),
                distinct(runIds),
                now,
                now,
                null,
                1);
        return List.of(new RowChange.Inserted(entry), ElnEntryHistory.firstVersion(entry));
    }

    private static Optional<Rejected> checkLinks(String what, List<UUID> ids) {
        if (ids == null) {
            return pass();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            return Checks.fail(RejectionCode.INVALID_INPUT, "The linked " + what + " contain an empty id");
        }
        return Checks.failIf(
                ids.size() > ElnLimits.LINKS,
                RejectionCode.INVALID_INPUT,
                "An entry can link at most " + ElnLimits.LINKS + " " + what);
    }

    private static Optional<Rejected> firstMissing(List<UUID> ids, String what, Predicate<UUID> exists) {
        return distinct(ids).stream()
                .filter(exists.negate())
                .findFirst()
                .map(missing -> Checks.notFound(what + " " + missing));
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    /** Keeps {@code null} (absent) and null elements, so that {@link #check} can refuse them. */
    private static List<UUID> readOnlyCopy(List<UUID> ids) {
        return ids == null ? null : Collections.unmodifiableList(new ArrayList<>(ids));
    }
}
