package lab.spectra.server.auth.token;

/** Checks bearer access tokens of one issuer. */
public interface AccessTokenVerifier {

    /** The {@code iss} this verifier accepts. */
    String issuer();

    /** Checks {@code token}; never throws for a bad token, whatever it contains. */
    TokenVerification verify(String token);
}
