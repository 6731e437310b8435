package lab.spectra.desktop.auth;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerErrorException;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.sync.Workstation;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;

/**
 * Signs a person in: online when the server answers (then their offline verifier is renewed and
 * their data synced), offline against the local verifier when it cannot be reached. A refusal by
 * the server (wrong password, disabled account, too many attempts) never falls back to offline.
 */
public final class SignInService {

    /** What signing in came to. */
    public sealed interface Result {}

    public record SignedIn(CurrentUser user) implements Result {}

    public record Refused(String message) implements Result {}

    private final Workstation workstation;
    private final OfflineVerifiers verifiers;
    private final Clock clock;

    /** @param clock the trusted clock: an offline grace period cannot be stretched by setting the PC clock back */
    public SignInService(Workstation workstation, OfflineVerifiers verifiers, Clock clock) {
        this.workstation = workstation;
        this.verifiers = verifiers;
        this.clock = clock;
    }

    public Result signIn(String email, char[] password) {
        if (email == null || email.isBlank() || password.length == 0) {
            return new Refused("Enter your email and password");
        }
        try {
            ServerSession session = workstation.signIn(email.strip(), new String(password));
            workstation.sync().syncNow();
            verifiers.remember(session.userId(), session.email(), password, clock.instant());
            return new SignedIn(new CurrentUser(
                    session.userId(),
                    session.email(),
                    session.displayName(),
                    session.role(),
                    organizationName(),
                    true));
        } catch (ServerErrorException serverError) {
            // A broken server must not lock people out of the bench: offline sign-in as when it
            // cannot be reached, but if that fails too, say that the server is at fault.
            return blaming(serverError, signInOffline(email, password));
        } catch (ServerUnreachableException offline) {
            return signInOffline(email, password);
        } catch (NotSignedInException | ServerRefusedException | IllegalStateException refused) {
            return new Refused(refused.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Result blaming(ServerErrorException serverError, Result offline) {
        if (offline instanceof Refused refused) {
            return new Refused(
                    serverError.getMessage() + ". Signing in offline did not work either: " + refused.message());
        }
        return offline;
    }

    private Result signInOffline(String email, char[] password) {
        OfflineVerifiers.Check check = verifiers.check(email, password, clock.instant());
        if (check instanceof OfflineVerifiers.Refused refused) {
            return new Refused(refused.reason());
        }
        UUID userId = ((OfflineVerifiers.Verified) check).userId();
        Optional<UserAccount> profile = workstation.read(state ->
                state.<UserAccount>find(Table.USERS, "id = ?", userId).stream().findFirst());
        if (profile.isEmpty() || !profile.get().asActor().active()) {
            return new Refused("This account is disabled; ask an admin of your lab to enable it");
        }
        UserAccount user = profile.get();
        return new SignedIn(
                new CurrentUser(user.id(), user.email(), user.displayName(), user.role(), organizationName(), false));
    }

    private String organizationName() {
        return workstation.read(
                state -> state.organization().map(Organization::name).orElse(""));
    }
}
