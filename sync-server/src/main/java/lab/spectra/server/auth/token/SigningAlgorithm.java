package lab.spectra.server.auth.token;

import com.nimbusds.jose.JWSAlgorithm;

/** The JWS algorithms this server signs its own tokens with. */
public enum SigningAlgorithm {
    /** HMAC with SHA-256 and a shared secret: development mode only, the secret is never published. */
    HS256,
    /** RSASSA-PKCS1-v1_5 with SHA-256 and a key pair of at least 2048 bits. */
    RS256,
    /** ECDSA on P-256 with SHA-256: short signatures, fast signing. */
    ES256;

    JWSAlgorithm jwsAlgorithm() {
        return JWSAlgorithm.parse(name());
    }

    /** Whether this algorithm uses a key pair whose public half may be published. */
    public boolean isAsymmetric() {
        return this != HS256;
    }
}
