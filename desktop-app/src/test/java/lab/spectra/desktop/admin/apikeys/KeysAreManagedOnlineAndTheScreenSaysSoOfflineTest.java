package lab.spectra.desktop.admin.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.store.LocalQuery;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;

/** Signed in offline, the API keys screen says in words that keys are managed online, and makes nothing. */
class KeysAreManagedOnlineAndTheScreenSaysSoOfflineTest {

    private static final String OFFLINE = "The lab's API keys are managed online: sign in while connected";

    /** The admin's session is an offline one: every call to the server is refused before it is made. */
    private static final class Offline implements ApiKeyDirectory {
        int attempts;

        @Override
        public List<AdminClient.LabApiKey> keys() {
            attempts++;
            throw new NotSignedInException(OFFLINE);
        }

        @Override
        public AdminClient.NewApiKey createKey(String name, List<String> scopes, Instant expiresAt) {
            attempts++;
            throw new NotSignedInException(OFFLINE);
        }

        @Override
        public AdminClient.LabApiKey revokeKey(UUID keyId) {
            attempts++;
            throw new NotSignedInException(OFFLINE);
        }
    }

    @Test
    void theListAndMakingAKeyAnswerThatThisIsDoneOnline() {
        Offline offline = new Offline();
        LocalReads noInstruments = new LocalReads() {
            @Override
            public <T> T read(LocalQuery<T> query) {
                throw new UnsupportedOperationException("no local database in this test");
            }
        };
        ApiKeysViewModel model = new ApiKeysViewModel(
                offline, new ApiKeyQueries(noInstruments), new CurrentThreadTaskRunner(), Clock.systemUTC());
        assertThat(model.message().get()).contains("managed online");

        model.name().set("Spectrometer script");
        model.runsRead().set(true);
        model.create();

        assertThat(model.message().get()).contains("managed online");
        assertThat(model.createdKey().get()).isEmpty();
        assertThat(model.keys()).isEmpty();
        assertThat(offline.attempts).isEqualTo(2);
    }
}
