package lab.spectra.server.http;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyScopes;
import lab.spectra.model.org.UserAccount;

/**
 * Turns a presented API key ({@code Authorization: ApiKey <key>}) into the account the key acts
 * through, or says why it cannot. Implemented where keys are kept; the routes only ask.
 */
public interface ApiKeyAuthenticator {

    KeyAuthentication authenticate(String presentedKey, String clientAddress);

    sealed interface KeyAuthentication permits KeyAccepted, KeyRefused, KeyThrottled {}

    /**
     * A key in force: its account (the author of what it writes) and its scopes.
     *
     * @param account the key's own account (ADR 0023), in the key's organization
     */
    record KeyAccepted(UUID keyId, UserAccount account, ApiKeyScopes scopes) implements KeyAuthentication {
        public KeyAccepted {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(scopes, "scopes");
        }
    }

    /**
     * Unknown, malformed, revoked or expired: the caller hears one message for all of them.
     *
     * @param reason for the log only
     */
    record KeyRefused(String reason) implements KeyAuthentication {}

    /** Too many failed keys from this client address: answer 429 without looking at the key. */
    record KeyThrottled(Duration retryAfter) implements KeyAuthentication {}

    /** Accepts no key at all: for servers built without API keys (tests of other parts). */
    static ApiKeyAuthenticator none() {
        return (presentedKey, clientAddress) -> new KeyRefused("API keys are not accepted by this server");
    }
}
