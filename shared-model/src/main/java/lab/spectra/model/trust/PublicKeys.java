package lab.spectra.model.trust;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The public keys a signed statement may be checked with, by key id. */
@FunctionalInterface
public interface PublicKeys {

    Optional<ECKey> publicKey(String keyId);

    /** The EC keys of a JWK set; keys of other types are ignored. */
    static PublicKeys of(JWKSet set) {
        return of(set.getKeys());
    }

    static PublicKeys of(List<JWK> keys) {
        Map<String, ECKey> byId = new LinkedHashMap<>();
        for (JWK key : keys) {
            if (key instanceof ECKey ec && key.getKeyID() != null) {
                byId.put(key.getKeyID(), ec.toPublicJWK());
            }
        }
        return keyId -> Optional.ofNullable(byId.get(keyId));
    }
}
