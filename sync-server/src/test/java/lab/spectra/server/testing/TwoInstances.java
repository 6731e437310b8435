package lab.spectra.server.testing;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.SyncServer;

/**
 * Two server instances serving one PostgreSQL database, as behind a load balancer: a lab with an
 * admin and a technician, who may sign in on either. Tokens of one are accepted by the other
 * (the same signing secret), as across a real cluster.
 */
public final class TwoInstances implements AutoCloseable {

    public final PostgresTestDatabase postgres;
    public final SyncServer first;
    public final SyncServer second;
    public final Http onFirst;
    public final Http onSecond;
    public final Organization lab;
    public final UserAccount admin;
    public final UserAccount technician;

    private TwoInstances(PostgresTestDatabase postgres, SyncServer first, SyncServer second) {
        this.postgres = postgres;
        this.first = first;
        this.second = second;
        this.onFirst = new Http(first.baseUri());
        this.onSecond = new Http(second.baseUri());
        this.lab = first.parts().provisioning().createOrganization("twin", "Twin lab", null);
        this.admin = person("admin@twin.test", Role.ADMIN);
        this.technician = person("tech@twin.test", Role.TECHNICIAN);
    }

    public static TwoInstances start() {
        PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
        SyncServer first = null;
        try {
            first = SyncServer.start(DemoServer.config(postgres, false));
            SyncServer second = SyncServer.start(DemoServer.config(postgres, false));
            return new TwoInstances(postgres, first, second);
        } catch (RuntimeException e) {
            if (first != null) {
                first.close();
            }
            postgres.close();
            throw e;
        }
    }

    private UserAccount person(String email, Role role) {
        return first.parts()
                .provisioning()
                .createUser(
                        lab.id(),
                        email,
                        email,
                        role,
                        first.parts().passwordHasher().hash(password(email).toCharArray()),
                        null);
    }

    private static String password(String email) {
        return "pw-of-" + email;
    }

    /** An access token of the person, signed in on the given instance. */
    public static String signIn(Http instance, UserAccount person) {
        Http.Response response = instance.post(
                "/auth/login", null, Map.of("username", person.email(), "password", password(person.email())));
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in failed: " + response.status() + " " + response.body());
        }
        return response.body().get("access_token").asText();
    }

    public String peoplePath(UUID person) {
        return "/api/admin/people/" + person;
    }

    /**
     * Asks again until the answer meets the condition or {@code within} has passed; answers the
     * last answer either way (the caller asserts on it).
     */
    public static Http.Response askUntil(Supplier<Http.Response> ask, Predicate<Http.Response> done, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Http.Response answer = ask.get();
        while (!done.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            answer = ask.get();
        }
        return answer;
    }

    @Override
    public void close() {
        try {
            second.close();
        } finally {
            try {
                first.close();
            } finally {
                postgres.close();
            }
        }
    }
}
