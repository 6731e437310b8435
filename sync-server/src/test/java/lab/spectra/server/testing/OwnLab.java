package lab.spectra.server.testing;

import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Actor;

/**
 * An organization of its own on the shared demo server, whose five people sign in over HTTP: for
 * tests that need lists nobody else adds to. Lab data is made through {@link #lab} (the real
 * command service), read back through the API.
 */
public final class OwnLab implements AutoCloseable {

    /** Every person's password in an own lab, for acts that ask for it again (signing). */
    public static final String PASSWORD = "own-lab-password-7Qx";

    public final DemoServer demo = DemoServer.get();
    public final ServerLab lab = new ServerLab(demo.postgres);
    public final ServerLab.Org org;

    public OwnLab(String name) {
        String slug = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        org = lab.createOrganization(slug, demo.server.parts().passwordHasher().hash(PASSWORD.toCharArray()));
    }

    /** A sixth person, {@code newcomer}: a technician nobody has qualified; signs in like the five. */
    public Actor newcomer() {
        return lab.newcomer(org, demo.server.parts().passwordHasher().hash(PASSWORD.toCharArray()));
    }

    /** An access token of one of the five: admin, pi, engineer, tech or viewer. */
    public String token(String person) {
        Http.Response response = demo.http.post(
                "/auth/login",
                null,
                Map.of("username", person + "@" + org.organization().slug() + ".test", "password", PASSWORD));
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in failed for " + person + ": " + response.body());
        }
        return response.body().get("access_token").asText();
    }

    @Override
    public void close() {
        lab.close();
    }
}
