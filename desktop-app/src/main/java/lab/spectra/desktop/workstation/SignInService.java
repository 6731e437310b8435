package lab.spectra.desktop.workstation;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerErrorException;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.trust.TamperingDetected;
import lab.spectra.model.trust.IdentitySnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a person in: online when the server answers (their key is unsealed or made, registered,
 * and their data synced), offline on this PC when it cannot be reached (their key must unseal
 * with the password and the server's signed snapshot of them must hold). A refusal by the server
 * (wrong password, disabled account, too many attempts) never falls back to offline. Both ways
 * take a moment on purpose: the key is derived from the password slowly.
 */
public final class SignInService {

    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    /** What signing in came to. */
    public sealed interface Result {}

    public record SignedIn(CurrentUser user) implements Result {}

    public record Refused(String message) implements Result {}

    /** The password was one an admin set: the person must choose their own to sign in. */
    public record PasswordChangeRequired(String message) implements Result {}

    private static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";

    private final Workstation workstation;
    private final Duration offlineGrace;

    /** @param offlineGrace this PC's limit on offline sign-in; the organization's may be shorter */
    public SignInService(Workstation workstation, Duration offlineGrace) {
        this.workstation = workstation;
        this.offlineGrace = offlineGrace;
    }

    /**
     * What the sign-in screen says first: why this PC's data was deleted, when an admin revoked it
     * (until someone signs in online), or else why the last person was signed out by the lab.
     */
    public Optional<String> notice() {
        return workstation.wipeNotice().or(workstation::takeSignOutReason);
    }

    public Result signIn(String email, char[] password) {
        if (email == null || email.isBlank() || password.length == 0) {
            return new Refused("Enter your email and password");
        }
        try {
            return signedIn(workstation.signIn(email.strip(), new String(password)));
        } catch (ServerRefusedException refused) {
            if (PASSWORD_CHANGE_REQUIRED.equals(refused.code())) {
                return new PasswordChangeRequired(refused.getMessage());
            }
            return new Refused(refused.getMessage());
        } catch (ServerErrorException serverError) {
            // A broken server must not lock people out of the bench: offline sign-in as when it
            // cannot be reached, but if that fails too, say that the server is at fault.
            return blaming(serverError, signInOffline(email, password));
        } catch (ServerUnreachableException offline) {
            return signInOffline(email, password);
        } catch (TamperingDetected tampering) {
            LOG.warn("Tampering detected at an online sign-in of {}: {}", email, tampering.getMessage());
            return new Refused(tampering.getMessage());
        } catch (NotSignedInException | IllegalStateException refused) {
            return new Refused(refused.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Signs in a person who must replace the password an admin set: online only (the server
     * takes the new password, held to the lab's policy); offline they are told to connect.
     */
    public Result signInWithNewPassword(String email, char[] temporaryPassword, char[] chosenPassword) {
        try {
            return signedIn(workstation.signInWithNewPassword(
                    email.strip(), new String(temporaryPassword), new String(chosenPassword)));
        } catch (ServerUnreachableException offline) {
            return new Refused(
                    "Your new password can be set only while the lab's server answers: " + offline.getMessage());
        } catch (TamperingDetected | NotSignedInException | ServerRefusedException | IllegalStateException refused) {
            return new Refused(refused.getMessage());
        } finally {
            Arrays.fill(temporaryPassword, '\0');
            Arrays.fill(chosenPassword, '\0');
        }
    }

    private Result signedIn(ServerSession session) {
        workstation.sync().syncNow();
        String organization = workstation
                .identities()
                .of(session.userId())
                .map(person -> person.snapshot().organizationName())
                .orElse("");
        return new SignedIn(new CurrentUser(
                session.userId(), session.email(), session.displayName(), session.role(), organization, true));
    }

    private static Result blaming(ServerErrorException serverError, Result offline) {
        if (offline instanceof Refused refused) {
            return new Refused(
                    serverError.getMessage() + ". Signing in offline did not work either: " + refused.message());
        }
        return offline;
    }

    private Result signInOffline(String email, char[] password) {
        Workstation.OfflineSignIn outcome = workstation.signInOffline(email, password, offlineGrace);
        if (outcome instanceof Workstation.Refused refused) {
            return new Refused(refused.reason());
        }
        IdentitySnapshot snapshot = ((Workstation.Unlocked) outcome).snapshot();
        return new SignedIn(new CurrentUser(
                snapshot.userId(),
                snapshot.email(),
                snapshot.displayName(),
                snapshot.role(),
                snapshot.organizationName(),
                false));
    }
}
