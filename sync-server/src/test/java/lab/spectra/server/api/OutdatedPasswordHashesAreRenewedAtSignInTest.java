package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.server.auth.login.Argon2Settings;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A password hashed under older, cheaper settings is hashed again with the current ones at sign-in. */
class OutdatedPasswordHashesAreRenewedAtSignInTest {

    private static TestServer server;
    private static String oldHash;

    @BeforeAll
    static void anAccountHashedWithOlderSettings() {
        server = TestServer.start();
        Organization lab = server.organization("rehash");
        oldHash = new PasswordHasher(new Argon2Settings(12_288, 3, 1)).hash("the-right-password".toCharArray());
        server.server
                .parts()
                .provisioning()
                .createUser(lab.id(), "old@rehash.test", "Old", Role.ENGINEER, oldHash, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String storedHash() throws SQLException {
        try (Connection owner = server.postgres.ownerConnection();
                PreparedStatement select =
                        owner.prepareStatement("SELECT password_hash FROM users WHERE email = 'old@rehash.test'")) {
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @Test
    void theStoredHashIsReplacedByOneWithTheCurrentSettingsThatStillMatches() throws SQLException {
        assertThat(server.login("old@rehash.test", "the-right-password").status())
                .isEqualTo(200);

        String renewed = storedHash();
        PasswordHasher current = server.server.parts().passwordHasher();
        assertThat(renewed).isNotEqualTo(oldHash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(current.needsRehash(renewed)).isFalse();
        assertThat(server.login("old@rehash.test", "the-right-password").status())
                .isEqualTo(200);
    }
}
