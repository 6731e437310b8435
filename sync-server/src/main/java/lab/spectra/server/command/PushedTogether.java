package lab.spectra.server.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.org.UserAccount;

/**
 * What the pushed commands decided in one transaction share (ADR 0031): their authors, each read
 * once, and which of them may have been decided before - read for all of them in one query, so a
 * command never seen before costs no look-up of an earlier answer.
 */
final class PushedTogether {

    /** An answer is kept per author and command id (ADR 0012). */
    private record AnswerKey(UUID authorId, UUID commandId) {}

    private final DomainState state;
    private final Set<AnswerKey> mayBeAnswered;
    private final Map<UUID, Optional<UserAccount>> authors = new HashMap<>();

    private PushedTogether(DomainState state, Set<AnswerKey> mayBeAnswered) {
        this.state = state;
        this.mayBeAnswered = mayBeAnswered;
    }

    /** Reads which of {@code commands} already have a kept answer: one query per author among them. */
    static PushedTogether read(Connection connection, UUID organizationId, DomainState state, List<Command> commands)
            throws SQLException {
        Map<UUID, List<UUID>> idsByAuthor = new LinkedHashMap<>();
        for (Command command : commands) {
            idsByAuthor
                    .computeIfAbsent(command.meta().authorId(), author -> new ArrayList<>())
                    .add(command.meta().commandId());
        }
        Set<AnswerKey> answered = new HashSet<>();
        for (Map.Entry<UUID, List<UUID>> author : idsByAuthor.entrySet()) {
            List<UUID> ids = author.getValue();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT command_id FROM processed_commands WHERE organization_id = ? AND author_id = ?"
                            + " AND command_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
                select.setObject(1, organizationId);
                select.setObject(2, author.getKey());
                for (int i = 0; i < ids.size(); i++) {
                    select.setObject(3 + i, ids.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        answered.add(new AnswerKey(author.getKey(), rows.getObject(1, UUID.class)));
                    }
                }
            }
        }
        return new PushedTogether(state, answered);
    }

    /** The author as the organization knows them now; empty when they are not one of its people. */
    Optional<UserAccount> author(UUID authorId) {
        Optional<UserAccount> known = authors.get(authorId);
        if (known == null) {
            known = state.user(authorId);
            authors.put(authorId, known);
        }
        return known;
    }

    /** False only when the command certainly has no kept answer, so its look-up can be skipped. */
    boolean mayHaveAnswer(Command command) {
        return mayBeAnswered.contains(key(command));
    }

    /** The command was decided in this transaction: if it comes again, its kept answer is looked up. */
    void answered(Command command) {
        mayBeAnswered.add(key(command));
    }

    /** People were changed (or a change was undone): read them again when next needed. */
    void forgetAuthors() {
        authors.clear();
    }

    private static AnswerKey key(Command command) {
        return new AnswerKey(command.meta().authorId(), command.meta().commandId());
    }
}
