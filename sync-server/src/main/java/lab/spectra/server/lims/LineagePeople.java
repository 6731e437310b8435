package lab.spectra.server.lims;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;

/** Names the people of a version history, each looked up once per request. */
public final class LineagePeople {

    /** Someone who wrote, submitted or decided on a version, as the history shows them. */
    public record Person(UUID id, String name) {}

    private final JdbcDomainState state;
    private final Map<UUID, Optional<Person>> known = new HashMap<>();

    LineagePeople(JdbcDomainState state) {
        this.state = state;
    }

    /** The person, or {@code null} when nobody is named. */
    Person of(UUID id) {
        if (id == null) {
            return null;
        }
        return known.computeIfAbsent(id, this::lookUp).orElse(new Person(id, null));
    }

    private Optional<Person> lookUp(UUID id) {
        return state.user(id).map(LineagePeople::person);
    }

    private static Person person(UserAccount account) {
        return new Person(account.id(), account.displayName());
    }
}
