package lab.spectra.model.availability;

import java.util.Optional;
import lab.spectra.model.command.DomainState;

/**
 * One condition a run needs, judged from the organization's own data, so that the bench (offline,
 * on its copy) and the server (at receive, on PostgreSQL) reach the same answer.
 */
public interface Permit {

    /** The hold this condition puts on the request, or empty when it is met. */
    Optional<Hold> check(RunRequest request, DomainState state);
}
