package lab.spectra.model.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/**
 * The four-eyes rule: whoever wrote a version of a record, or changed it, does not also approve
 * it or sign it as its reviewer or approver; a second person has to. It covers recipes and SOPs
 * (approval) and notebook entries (reviewer and approver signatures), and it is checked on the
 * bench and on the server alike because it lives in the commands' rules. See ADR 0010.
 *
 * <p>Rows that can be approved keep their author and the people who edited them ({@code
 * editor_ids}), so the bench can apply the rule offline with nothing but the synced rows.
 */
public final class FourEyes {

    /** How a person took part in the current version of a record. */
    public enum Involvement {
        AUTHOR,
        EDITOR,
        NONE
    }

    private FourEyes() {}

    public static Involvement involvementOf(UUID person, UUID authorId, Collection<UUID> editorIds) {
        if (person.equals(authorId)) {
            return Involvement.AUTHOR;
        }
        return editorIds.contains(person) ? Involvement.EDITOR : Involvement.NONE;
    }

    /**
     * Refuses a decision by someone who wrote or edited the version decided on.
     *
     * @param what     the record as people name it, e.g. "recipe IV sweep v2"
     * @param whoElse  who has to decide instead, completing "…; ___", e.g. "another PI or admin has
     *                 to approve it"
     */
    public static Optional<Rejected> check(
            UUID person, UUID authorId, Collection<UUID> editorIds, String what, String whoElse) {
        return switch (involvementOf(person, authorId, editorIds)) {
            case AUTHOR -> Optional.of(new Rejected(RejectionCode.SELF_APPROVAL, "You wrote " + what + "; " + whoElse));
            case EDITOR ->
                Optional.of(new Rejected(RejectionCode.EDITOR_APPROVAL, "You edited " + what + "; " + whoElse));
            case NONE -> Optional.empty();
        };
    }

    /** The editors after {@code editor} changed the record: each person once, in the order of their first edit. */
    public static List<UUID> withEditor(List<UUID> editorIds, UUID editor) {
        Objects.requireNonNull(editor, "editor");
        if (editorIds.contains(editor)) {
            return editorIds;
        }
        List<UUID> editors = new ArrayList<>(editorIds);
        editors.add(editor);
        return List.copyOf(editors);
    }
}
