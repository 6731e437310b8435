package lab.spectra.server.auth;

/** Checks bearer access tokens of one issuer. */
public interface AccessTokenVerifier {

    /** The {@code iss} this verifier accepts. */
    String issuer();

    /** Checks {@code token}; never throws for a bad token, whatever it contains. */
    TokenVerification verify(String token);
}
