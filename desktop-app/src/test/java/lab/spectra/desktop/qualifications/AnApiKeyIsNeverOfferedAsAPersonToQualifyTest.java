package lab.spectra.desktop.qualifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An API key acts through an account of its own (ADR 0023), which benches receive so they can name
 * the key on its data; the PI's list of people to qualify never offers it.
 */
class AnApiKeyIsNeverOfferedAsAPersonToQualifyTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("key-qualify");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(60)
    void theKeysAccountIsOnTheBenchButNotAmongThePeopleToQualify() {
        String prefix = newKey("Keithley-2").substring(4, 12);
        UiBench pi = window.signIn(org, "pi");

        List<UserAccount> people = new QualificationQueries(new BenchReads(pi.workstation.commands())).activePeople();

        assertThat(people)
                .extracting(UserAccount::displayName)
                .contains(org.technician().displayName());
        assertThat(people).extracting(UserAccount::email).noneMatch(email -> email.startsWith(prefix + "@"));
        List<UserAccount> everyone = new BenchReads(pi.workstation.commands())
                .read(rows -> rows.<UserAccount>rows(
                        Table.USERS,
                        "SELECT " + LocalRows.columns(Table.USERS, "u") + " FROM users u WHERE u.organization_id = ?",
                        rows.organizationId()));
        assertThat(everyone)
                .as("the key's account reached the bench")
                .extracting(UserAccount::email)
                .anyMatch(email -> email.startsWith(prefix + "@"));
    }

    private String newKey(String name) {
        Http.Response login = testbed.server.http.post(
                "/auth/login",
                null,
                Map.of("username", SyncTestbed.email(org, "admin"), "password", SyncTestbed.PASSWORD));
        Http.Response created = testbed.server.http.post(
                "/api/admin/api-keys",
                login.body().get("access_token").asText(),
                Map.of(
                        "name", name,
                        "scopes", List.of("results:write"),
                        "expires_at", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("key").asText();
    }
}
