package lab.spectra.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.RowStreams;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032: the initial load's rows and its checkpoint come from one snapshot, and change numbers
 * follow commit order, so a writer committing while the load streams is seen exactly once — not
 * in the load, then in the pull after its checkpoint. The organization is large enough that the
 * server is still inside its snapshot, blocked on the socket, when the writer commits.
 */
class TheInitialLoadMissesNothingAConcurrentWriterCommitsTest {

    private static final String PASSWORD = "load-password-1";
    private static final int SAMPLES = 12_000;

    private final DemoServer demo = DemoServer.get();
    private final ServerLab lab = new ServerLab(demo.postgres);
    private final StreamedCalls streams = new StreamedCalls(demo.server.baseUri());
    private final ServerLab.Org org = lab.createOrganization(
            "load-" + Ids.newId().toString().substring(0, 8),
            demo.server.parts().passwordHasher().hash(PASSWORD.toCharArray()));

    @AfterEach
    void close() {
        lab.close();
    }

    private String token() {
        return demo.http
                .post(
                        "/auth/login",
                        null,
                        Map.of("username", "viewer@" + org.organization().slug() + ".test", "password", PASSWORD))
                .body()
                .get("access_token")
                .asText();
    }

    private void seed() {
        Instant now = Instant.now();
        for (int done = 0; done < SAMPLES; done += 1_000) {
            List<Row> batch = new ArrayList<>();
            for (int i = done; i < done + 1_000; i++) {
                batch.add(new Sample(
                        Ids.newId(),
                        org.id(),
                        String.format(Locale.ROOT, "Loaded sample %05d with a name long enough to fill buffers", i),
                        "L-" + i,
                        null,
                        "Cabinet " + (i % 40),
                        SampleStatus.AVAILABLE,
                        null,
                        null,
                        null,
                        now,
                        now,
                        null,
                        1,
                        null,
                        null));
            }
            lab.commands.insertSystemRows(org.id(), null, "test:Seed", batch);
        }
    }

    private long serverChangeNumber() throws SQLException {
        try (Connection owner = demo.postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(
                        "SELECT COALESCE(MAX(change_number), 0) FROM change_log WHERE organization_id = ?")) {
            select.setObject(1, org.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Map<UUID, Long> serverSampleVersions() throws SQLException {
        try (Connection owner = demo.postgres.ownerConnection();
                PreparedStatement select =
                        owner.prepareStatement("SELECT id, row_version FROM samples WHERE organization_id = ?")) {
            select.setObject(1, org.id());
            Map<UUID, Long> versions = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
            return versions;
        }
    }

    private void edit(UUID sample, String location) {
        ServerLab.expectApplied(lab.run(
                new EditSample(
                        lab.meta(org.engineer()),
                        sample,
                        null,
                        null,
                        new FieldChange<>("Cabinet A", location),
                        null,
                        null,
                        null,
                        null),
                org.engineer()));
    }

    @Test
    void whatCommitsDuringTheLoadComesOnceInThePullAfterItsCheckpoint() throws Exception {
        UUID early = lab.sample(org, "EARLY-1");
        seed();
        long beforeTheLoad = serverChangeNumber();
        String token = token();

        Map<UUID, Long> loaded = new HashMap<>();
        List<UUID> created = new ArrayList<>();
        long checkpoint;
        try (StreamedCalls.Opened stream = streams.open("/sync/initial-load", token, RowStreams.MEDIA_TYPE)) {
            assertThat(stream.status()).isEqualTo(200);
            checkpoint = streams.line(stream).get("checkpoint").asLong();

            // The load has begun and sits in its snapshot; these commit now, while it streams.
            for (int i = 0; i < 5; i++) {
                created.add(lab.sample(org, "DURING-" + i));
            }
            edit(early, "Shelf 9");

            List<JsonNode> rest = streams.rest(stream);
            JsonNode end = rest.get(rest.size() - 1);
            assertThat(end.get("rows").asLong()).isEqualTo(rest.size() - 1);
            for (JsonNode line : rest.subList(0, rest.size() - 1)) {
                if (line.get("table").asText().equals("samples")) {
                    loaded.put(
                            UUID.fromString(line.get("data").get("id").asText()),
                            line.get("data").get("row_version").asLong());
                }
            }
        }

        assertThat(checkpoint)
                .as("the checkpoint is the last change before the load")
                .isEqualTo(beforeTheLoad);
        assertThat(loaded).hasSize(SAMPLES + 1).doesNotContainKeys(created.toArray(UUID[]::new));
        assertThat(loaded.get(early))
                .as("the load shows the sample as it was in its snapshot")
                .isEqualTo(1L);

        Map<UUID, Long> pulled = new HashMap<>();
        List<JsonNode> page = streams.lines("/sync/pull?after=" + checkpoint, token);
        for (JsonNode change : page.subList(0, page.size() - 1)) {
            assertThat(change.get("change_number").asLong()).isGreaterThan(checkpoint);
            if (change.get("table").asText().equals("samples")) {
                pulled.put(
                        UUID.fromString(change.get("id").asText()),
                        change.get("data").get("row_version").asLong());
            }
        }
        assertThat(page.get(page.size() - 1).get("has_more").asBoolean()).isFalse();
        assertThat(pulled).containsOnlyKeys(concat(created, early));
        assertThat(pulled.get(early)).isEqualTo(2L);

        Map<UUID, Long> bench = new HashMap<>(loaded);
        bench.putAll(pulled);
        assertThat(bench).isEqualTo(serverSampleVersions());
    }

    private static List<UUID> concat(List<UUID> ids, UUID one) {
        List<UUID> all = new ArrayList<>(ids);
        all.add(one);
        return all;
    }
}
