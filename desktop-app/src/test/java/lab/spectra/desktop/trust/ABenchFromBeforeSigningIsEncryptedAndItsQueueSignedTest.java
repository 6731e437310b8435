package lab.spectra.desktop.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * A bench that was in use before benches encrypted their data and signed their commands: at the
 * first online sign-in after the upgrade its database is encrypted in place, and the person's
 * queued, unsigned changes are signed and sent (the server flags them for review, since no time
 * receipt vouches for when they were made).
 */
class ABenchFromBeforeSigningIsEncryptedAndItsQueueSignedTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("upgrade");
    private final ServerTables server = new ServerTables(testbed.lab, org);
    private final Path data = SyncTestbed.newDataDirectory();
    private final ObjectMapper mapper = DomainJson.newMapper();

    @Test
    void theQueueOfTheOldBenchIsSignedAndSentAndItsFileEncrypted() throws Exception {
        UUID sampleId = Ids.newId();
        UUID oldBench;
        try (LocalDatabase old = LocalDatabase.openPlain(data)) {
            oldBench = new BenchState(old).read().workstationId();
        }
        CreateSample queuedBeforeTheUpgrade = new CreateSample(
                new CommandMeta(Ids.newId(), org.engineer().userId(), oldBench, Instant.now()),
                sampleId,
                "From the old version",
                "UP-" + sampleId,
                null,
                null,
                null);
        try (LocalDatabase old = LocalDatabase.openPlain(data)) {
            old.transaction(connection -> {
                new JdbcRowWriter(SqlDialect.H2, mapper).insert(connection, org.organization());
                try (PreparedStatement bind =
                        connection.prepareStatement("UPDATE sync_state SET organization_id = ? WHERE id = 1")) {
                    bind.setObject(1, org.id());
                    bind.executeUpdate();
                }
                try (PreparedStatement queue = connection.prepareStatement("INSERT INTO outbox (command_id,"
                        + " author_id, command_type, command, created_at) VALUES (?, ?, 'CreateSample', ?, ?)")) {
                    queue.setObject(1, queuedBeforeTheUpgrade.meta().commandId());
                    queue.setObject(2, org.engineer().userId());
                    queue.setString(3, mapper.writerFor(Command.class).writeValueAsString(queuedBeforeTheUpgrade));
                    queue.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                    queue.executeUpdate();
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }

        try (Workstation upgraded = Workstation.open(data, testbed.serverUri())) {
            assertThat(upgraded.workstationId()).isEqualTo(oldBench);
            upgraded.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            SyncEngine.Report report = upgraded.sync().syncNow();

            assertThat(report.applied()).as(String.valueOf(report.failure())).isEqualTo(1);
        }
        assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                .isEqualTo(1);
        assertThat(server.count(
                        "SELECT count(*) FROM review_items WHERE command_id = ? AND codes = 'no_time_receipt'",
                        queuedBeforeTheUpgrade.meta().commandId()))
                .isEqualTo(1);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + data.resolve("bench"), "bench", "")
                        .close())
                .isInstanceOf(SQLException.class);
    }
}
