package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.AuthClient;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.Sessions;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.EditSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AWorkstationOnlyEverHoldsItsOwnOrganizationTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org ours = testbed.newOrganization("ours");
    private final ServerLab.Org theirs = testbed.newOrganization("theirs");
    private final Workstation bench = testbed.newWorkstation();

    @AfterEach
    void closeAll() {
        bench.close();
    }

    private long foreignRows(Table table) {
        return bench.commands().exclusive(connection -> {
            String owner = table == Table.ORGANIZATIONS ? "id" : "organization_id";
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM " + table.tableName() + " WHERE " + owner + " <> ?")) {
                count.setObject(1, ours.id());
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    @Test
    void pulledDataContainsNoRowOfAnotherOrganization() {
        testbed.lab.sample(ours, "OURS-1");
        testbed.lab.sample(theirs, "THEIRS-1");
        testbed.lab.instrumentWithValidCalibration(theirs, "Their SEM", InstrumentKind.SEM);
        bench.signIn(SyncTestbed.email(ours, "viewer"), SyncTestbed.PASSWORD);

        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.pulledRows()).isPositive();
        for (Table table : Table.values()) {
            assertThat(foreignRows(table)).as(table.tableName()).isZero();
        }
    }

    @Test
    void someoneOfAnotherOrganizationCannotSignInOnThisWorkstation() {
        bench.signIn(SyncTestbed.email(ours, "tech"), SyncTestbed.PASSWORD);

        assertThatThrownBy(() -> bench.signIn(SyncTestbed.email(theirs, "admin"), SyncTestbed.PASSWORD))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another organization");
        assertThat(bench.sessions().all())
                .extracting(ServerSession::organizationId)
                .containsOnly(ours.id());
    }

    @Test
    void pushedCommandsNamingAnotherOrganizationsRecordsAreRejected() {
        UUID theirSample = testbed.lab.sample(theirs, "THEIRS-2");
        ServerLink link = new ServerLink(testbed.serverUri(), DomainJson.newMapper());
        Sessions sessions = new Sessions();
        AuthClient auth = new AuthClient(link);
        ServerSession engineer = auth.login(SyncTestbed.email(ours, "engineer"), SyncTestbed.PASSWORD);
        sessions.signedIn(engineer);
        SyncClient client = new SyncClient(link, auth, sessions);

        PushResponse response = client.push(
                engineer,
                List.of(
                        new EditSample(
                                meta(engineer),
                                theirSample,
                                null,
                                null,
                                new FieldChange<>("Cabinet A", "Ours now"),
                                null,
                                null,
                                null,
                                null),
                        new CreateWafer(meta(engineer), Ids.newId(), theirSample, "W-1", 150.0),
                        new CreateSample(
                                meta(engineer), theirSample, "Same id as theirs", "OURS-2", null, null, null)));

        assertThat(response.results())
                .allSatisfy(result -> assertThat(result).isInstanceOf(CommandResult.Rejected.class));
        assertThat(response.results())
                .extracting(result -> ((CommandResult.Rejected) result).code())
                .containsExactly(RejectionCode.NOT_FOUND, RejectionCode.NOT_FOUND, RejectionCode.ALREADY_EXISTS);
        String theirLocation = testbed.lab.database.inTenant(
                theirs.id(), connection -> new JdbcDomainState(connection, theirs.id(), DomainJson.newMapper())
                        .sample(theirSample)
                        .orElseThrow()
                        .location());
        assertThat(theirLocation).isEqualTo("Cabinet A");
    }

    private static CommandMeta meta(ServerSession author) {
        return new CommandMeta(Ids.newId(), author.userId(), Ids.newId(), Instant.now());
    }
}
