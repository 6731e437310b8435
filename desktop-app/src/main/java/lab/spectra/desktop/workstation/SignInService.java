package lab.spectra.desktop.workstation;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.oidc.BrowserSignIn;
import lab.spectra.desktop.auth.oidc.IdentityProvider;
import lab.spectra.desktop.auth.oidc.ProviderSignInException;
import lab.spectra.desktop.auth.oidc.SystemBrowser;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerErrorException;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.trust.TamperingDetected;
import lab.spectra.model.protocol.DomainJson;
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

    public record Refused(String message) implements Result, ProviderStep {}

    /** Where a sign-in through the lab's identity provider stands after the browser. */
    public sealed interface ProviderStep {}

    /**
     * The provider and the lab's server accepted the person; the bench passphrase opens this PC.
     *
     * @param choosing true when the person has none here yet and sets one now
     */
    public record PassphraseNeeded(ServerSession session, boolean choosing) implements ProviderStep {}

    /** The shortest bench passphrase: as long as the shortest password the server accepts. */
    public static final int MIN_PASSPHRASE_LENGTH = 12;

    /** The password was one an admin set: the person must choose their own to sign in. */
    public record PasswordChangeRequired(String message) implements Result {}

    private static final String PASSWORD_CHANGE_REQUIRED = "password_change_required";

    private final Workstation workstation;
    private final Duration offlineGrace;

    private final BrowserSignIn browserSignIn;

    /** @param offlineGrace this PC's limit on offline sign-in; the organization's may be shorter */
    public SignInService(Workstation workstation, Duration offlineGrace) {
        this(
                workstation,
                offlineGrace,
                new BrowserSignIn(SystemBrowser.ofTheDesktop(), DomainJson.newMapper(), BrowserSignIn.DEFAULT_TIMEOUT));
    }

    /** @param browserSignIn how people sign in at the lab's identity provider, when it has one */
    public SignInService(Workstation workstation, Duration offlineGrace, BrowserSignIn browserSignIn) {
        this.workstation = workstation;
        this.offlineGrace = offlineGrace;
        this.browserSignIn = browserSignIn;
    }

    /**
     * The lab's identity provider, for the "Sign in with ..." button; empty when the server offers
     * none or cannot be asked now (offline, people sign in with e-mail and bench passphrase).
     */
    public Optional<IdentityProvider> identityProvider() {
        try {
            return workstation.identityProvider();
        } catch (ServerUnreachableException | ServerRefusedException unavailable) {
            LOG.info("No identity provider offered now: {}", unavailable.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Opens the system browser at the provider's sign-in page.
     *
     * @throws ProviderSignInException no browser could be opened
     */
    public BrowserSignIn.Attempt startAtProvider(IdentityProvider provider) {
        return browserSignIn.start(provider);
    }

    /**
     * Waits for the person to sign in at the provider (blocking, off the UI thread), then signs
     * them in to the lab's server with the provider's token; the bench passphrase comes next.
     */
    public ProviderStep signInAtProvider(BrowserSignIn.Attempt attempt) {
        try {
            ServerSession session = workstation.exchange(attempt.providerAccessToken());
            return new PassphraseNeeded(session, !workstation.hasBenchPassphrase(session));
        } catch (ProviderSignInException | ServerRefusedException | NotSignedInException refused) {
            return new Refused(refused.getMessage());
        } catch (ServerUnreachableException unavailable) {
            return new Refused("The lab's server cannot be reached to finish signing in: " + unavailable.getMessage()
                    + ". Offline, sign in with your e-mail and bench passphrase");
        }
    }

    /**
     * Opens this PC for a person the provider signed in, with their bench passphrase.
     *
     * @param repeated the passphrase typed again when choosing one; ignored otherwise
     */
    public Result finishWithPassphrase(PassphraseNeeded step, char[] passphrase, char[] repeated) {
        try {
            if (step.choosing()) {
                if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
                    return new Refused(
                            "Choose a bench passphrase of at least " + MIN_PASSPHRASE_LENGTH + " characters");
                }
                if (!Arrays.equals(passphrase, repeated)) {
                    return new Refused("The two passphrases differ; type the same one twice");
                }
            } else if (passphrase.length == 0) {
                return new Refused("Enter your bench passphrase");
            }
            return signedIn(workstation.signInThroughProvider(step.session(), new String(passphrase), step.choosing()));
        } catch (ServerUnreachableException unavailable) {
            return new Refused("The lab's server cannot be reached to finish signing in: " + unavailable.getMessage());
        } catch (TamperingDetected | NotSignedInException | ServerRefusedException | IllegalStateException refused) {
            return new Refused(refused.getMessage());
        } finally {
            Arrays.fill(passphrase, '\0');
            if (repeated != null) {
                Arrays.fill(repeated, '\0');
            }
        }
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
