package lab.spectra.desktop.trust;

import com.nimbusds.jose.jwk.ECKey;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.trust.IdentitySnapshot;

/**
 * A person signed in on this bench: their unsealed device key (in memory only, while they are
 * signed in) and the server-signed snapshot of who they are.
 */
public record UnlockedPerson(ECKey deviceKey, IdentitySnapshot snapshot) {

    public UnlockedPerson {
        Objects.requireNonNull(deviceKey, "deviceKey");
        Objects.requireNonNull(snapshot, "snapshot");
    }

    public UUID userId() {
        return snapshot.userId();
    }

    public UnlockedPerson withSnapshot(IdentitySnapshot newer) {
        return new UnlockedPerson(deviceKey, newer);
    }

    @Override
    public String toString() {
        // The private key never reaches a log line.
        return "UnlockedPerson[" + snapshot.email() + "]";
    }
}
