package lab.spectra.model.eln;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.pass;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Changes the title or text of a notebook entry; a field left {@code null} is not touched.
 *
 * <p>Who: technicians edit only the entries they wrote; engineers and above edit anyone's
 * ({@link Action#EDIT_OTHERS_ELN_ENTRIES}).
 *
 * <p>Conflict rule (ADR 0006): title and text are what signatures cover, so they are regulated
 * fields. If either was changed by someone else after the author saw it, the edit is a conflict
 * and nothing is written; a later-wins rule would let one person's text silently replace
 * another's, and void signatures over a version the author never read.
 *
 * <p>Signatures: an edit that changes the signed content voids every valid signature of the
 * entry whose hash no longer matches. The signatures are kept, marked void with the time and a
 * reason, so that everyone sees the entry was signed and then changed. The editor is kept on the
 * entry: having changed it, they cannot sign it as reviewer or approver (ADR 0010).
 *
 * <p>The voided signature names who voided it ({@code voided_by}) and why: the editor's reason when
 * given, else {@value #DEFAULT_VOID_REASON}. Its author learns of it from the signature row itself
 * (a signature of theirs voided by someone else, ADR 0018).
 *
 * @param reason why the entry was changed, shown on every signature it voids; optional
 */
public record EditElnEntry(
        CommandMeta meta, UUID entryId, FieldChange<String> title, FieldChange<String> bodyMarkdown, String reason)
        implements Command {

    public static final String DEFAULT_VOID_REASON = "Entry changed after signing";
    static final int REASON = 2000;

    public EditElnEntry {
        CommandMeta.require(meta);
    }

    public EditElnEntry(CommandMeta meta, UUID entryId, FieldChange<String> title, FieldChange<String> bodyMarkdown) {
        this(meta, entryId, title, bodyMarkdown, null);
    }

    @Override
    public Action requiredAction() {
        return Action.WRITE_ELN_ENTRY;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Entry id", entryId),
                () -> Checks.failIf(
                        title == null && bodyMarkdown == null, RejectionCode.INVALID_INPUT, "The edit changes nothing"),
                () -> title == null ? pass() : requiredText("Title", title.to(), ElnLimits.TITLE),
                () -> bodyMarkdown == null ? pass() : optionalText("Entry text", bodyMarkdown.to(), ElnLimits.BODY),
                () -> optionalText("The reason for the change", reason, REASON));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<ElnEntry> found = state.elnEntry(entryId).filter(entry -> entry.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The notebook entry");
        }
        ElnEntry current = found.get();
        Optional<Rejected> notAuthor = Checks.failIf(
                !current.authorId().equals(actor.userId()) && !actor.may(Action.EDIT_OTHERS_ELN_ENTRIES),
                RejectionCode.NOT_ENTRY_AUTHOR,
                "This entry was written by someone else; only its author or an engineer can change it");
        if (notAuthor.isPresent()) {
            return notAuthor.get();
        }
        if (title != null && !title.unchangedSince(current.title())) {
            return new Conflict(
                    "The title of entry " + current.title() + " was changed by someone else after you opened it",
                    current);
        }
        if (bodyMarkdown != null
                && !Objects.requireNonNullElse(bodyMarkdown.from(), "").equals(current.bodyMarkdown())) {
            return new Conflict(
                    "The text of entry " + current.title() + " was changed by someone else after you opened it",
                    current);
        }
        return Checks.decide(Checks.failIf(
                newTitle(current).equals(current.title()) && newBody(current).equals(current.bodyMarkdown()),
                RejectionCode.INVALID_INPUT,
                "The edit changes nothing"));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        ElnEntry current = state.elnEntry(entryId).orElseThrow();
        ElnEntry edited = current.edited(newTitle(current), newBody(current), actor.userId(), now);
        String newContent = SignedContent.sha256(edited);
        List<RowChange> changes = new ArrayList<>();
        changes.add(new RowChange.Updated(current, edited));
        changes.addAll(ElnEntryHistory.afterEdit(state, current, edited, actor.userId(), now));
        for (Signature signature : state.signaturesOf(ElnEntry.RECORD_TABLE, entryId)) {
            if (signature.valid() && !signature.contentSha256().equals(newContent)) {
                changes.add(new RowChange.Updated(signature, signature.voided(now, actor.userId(), voidReason(actor))));
            }
        }
        return changes;
    }

    private String voidReason(Actor actor) {
        String why = reason == null || reason.isBlank() ? DEFAULT_VOID_REASON : clean(reason);
        return why + " (edited by " + actor.displayName() + ")";
    }

    private String newTitle(ElnEntry current) {
        return title == null ? current.title() : clean(title.to());
    }

    private String newBody(ElnEntry current) {
        return bodyMarkdown == null ? current.bodyMarkdown() : Objects.requireNonNullElse(bodyMarkdown.to(), "");
    }
}
