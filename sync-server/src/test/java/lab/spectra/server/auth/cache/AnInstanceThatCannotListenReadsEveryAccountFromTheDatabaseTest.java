package lab.spectra.server.auth.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.auth.AccountCache;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.TenantReads;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance whose listening connection cannot be opened would not hear of other instances'
 * changes, so it keeps no account in memory: a change made elsewhere is seen on the next request.
 */
class AnInstanceThatCannotListenReadsEveryAccountFromTheDatabaseTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;

    @BeforeAll
    static void database() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    @Test
    void aChangeMadeElsewhereIsSeenOnTheNextRead() throws Exception {
        ServerLab.Org org = lab.createOrganization("deaf");
        UserAccount person =
                lab.provisioning.createUser(org.id(), "p@deaf.test", "Person", Role.TECHNICIAN, "unused", null);
        DatabaseSettings cannotListen =
                postgres.settings().withApp(new DatabaseSettings.Credentials("spectra_app", "not-the-password"));
        try (AccountCache accounts =
                new AccountCache(new TenantReads(lab.database, lab.mapper)::account, lab.database, cannotListen, 100)) {
            accounts.start();
            assertThat(accounts.account(org.id(), person.id()).orElseThrow().active())
                    .isTrue();

            disable(person.id());

            assertThat(accounts.listening()).isFalse();
            assertThat(accounts.account(org.id(), person.id()).orElseThrow().active())
                    .isFalse();
        }
    }

    private static void disable(UUID person) throws Exception {
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement update = owner.prepareStatement("UPDATE users SET active = false WHERE id = ?")) {
            update.setObject(1, person);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
