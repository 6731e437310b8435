package lab.spectra.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.Organization;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.postgresql.PGConnection;

/**
 * The audit viewer on an organization with {@value #ENTRIES} audit entries (issue 18: first page
 * under 200 ms). A real server on PostgreSQL; the trail is generated here as a valid chain (format
 * 2, hashed in Java exactly as the database would) and loaded with {@code COPY} as the owner role,
 * the one shortcut: the server reads it as the application role, under row-level security. Then
 * the viewer's requests are timed over HTTP: the first page unfiltered, filtered by record, by
 * person, by action, by workstation and by a week, a deep page, a record's history; a filtered CSV
 * export; verification from the newest checkpoint and from the first entry. Then the same pages
 * again without the viewer's indexes (V9_4_1), to show which of them matter. Not a test: it prints
 * the figures.
 *
 * <p>Run from the repository root after {@code .ci/setup-postgres.sh}:
 *
 * <pre>
 * mvn -q -pl sync-server -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp "sync-server/target/test-classes:sync-server/target/classes:shared-model/target/classes:$(cat sync-server/target/bench.classpath)" \
 *     lab.spectra.server.bench.AuditViewerLoadDriver [entries]
 * </pre>
 */
public final class AuditViewerLoadDriver {

    private static final int ENTRIES = 1_000_000;
    private static final int PEOPLE = 20;
    private static final int WORKSTATIONS = 8;
    private static final int ENTRIES_PER_RECORD = 20;
    /** Every this many entries one is by the rare person, with the rare action: a hundred in a million. */
    private static final int RARE_EVERY = 10_000;

    private static final String RARE_ACTION = "RetireSop";
    private static final List<String> TABLES = List.of("samples", "runs", "recipes", "results", "devices");
    private static final List<String> ACTIONS =
            List.of("CreateSample", "EditSample", "StartRun", "RecordResult", "FinishRun", "EditRecipeDraft");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd'T'HH:mm:ss.SSSSSSX", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> VIEWER_INDEXES = List.of(
            "idx_audit_log_record",
            "idx_audit_log_actor",
            "idx_audit_log_occurred",
            "idx_audit_log_action_sequence",
            "idx_audit_log_workstation");

    private AuditViewerLoadDriver() {}

    /** The generated trail's landmarks, for the requests. */
    private record Trail(
            UUID organizationId,
            List<UUID> people,
            List<UUID> workstations,
            UUID oneRecord,
            String oneRecordTable,
            Instant first,
            Instant last) {}

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : ENTRIES;
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
                SyncServer server = SyncServer.start(DemoServer.config(postgres, false))) {
            Http http = new Http(server.baseUri());
            Organization organization =
                    server.parts().provisioning().createOrganization("audit-bench", "Audit bench lab", null);
            server.parts()
                    .provisioning()
                    .createUser(
                            organization.id(),
                            "viewer@audit-bench.test",
                            "Ines Inspector",
                            Role.VIEWER,
                            server.parts().passwordHasher().hash("viewer-pw".toCharArray()),
                            null);
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add(server.parts()
                        .provisioning()
                        .createUser(
                                organization.id(),
                                "person" + i + "@audit-bench.test",
                                "Person " + i,
                                Role.TECHNICIAN,
                                server.parts().passwordHasher().hash(("person-pw-" + i).toCharArray()),
                                null)
                        .id());
            }
            people.add(server.parts()
                    .provisioning()
                    .createUser(
                            organization.id(),
                            "rare@audit-bench.test",
                            "Rarely Seen",
                            Role.PI,
                            server.parts().passwordHasher().hash("rare-pw".toCharArray()),
                            null)
                    .id());
            long loadStart = System.nanoTime();
            Trail trail = generate(postgres, organization.id(), people, entries);
            System.out.printf(
                    Locale.ROOT,
                    "Generated and loaded %,d audit entries in %.1f s%n",
                    entries,
                    (System.nanoTime() - loadStart) / 1e9);
            postgres.analyze("audit_log");
            long checkpointed = server.parts()
                    .auditCheckpoints()
                    .checkpoint(organization.id())
                    .orElseThrow()
                    .sequence();
            System.out.printf(Locale.ROOT, "Signed a checkpoint at entry #%,d%n", checkpointed);
            String viewer = token(http, "viewer@audit-bench.test", "viewer-pw");

            System.out.println("SPECTRA-Lab audit viewer driver: PostgreSQL on loopback, " + entries
                    + " entries in one organization, " + Runtime.getRuntime().availableProcessors() + " cores");
            LoadMeasure.printHeader();
            pages(http, viewer, trail, 100, "");
            Instant weekStart = trail.first()
                    .plus(Duration.between(trail.first(), trail.last()).dividedBy(2));
            LoadMeasure.measure("GET history of a record", 100, 1, 10, i -> http.download(
                            "/api/audit/records/" + trail.oneRecordTable() + "/" + trail.oneRecord(), viewer)
                    .statusCode());
            LoadMeasure.measure("GET entries.csv one person + one week", 5, 1, 1, i -> http.download(
                            "/api/audit/entries.csv?actor_id=" + trail.people().get(1) + "&from=" + weekStart + "&to="
                                    + weekStart.plus(Duration.ofDays(7)),
                            viewer)
                    .statusCode());
            verification(http, viewer, "");
            verification(http, viewer, "?full=true");

            System.out.println("Without the viewer's indexes (dropped as the owner):");
            dropViewerIndexes(postgres);
            postgres.analyze("audit_log");
            LoadMeasure.printHeader();
            pages(http, viewer, trail, 10, " (no viewer indexes)");
        }
    }

    private static void pages(Http http, String viewer, Trail trail, int requests, String note) throws Exception {
        Instant weekStart =
                trail.first().plus(Duration.between(trail.first(), trail.last()).dividedBy(2));
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("first page, unfiltered", "");
        queries.put("by record", "record_id=" + trail.oneRecord());
        queries.put("by person", "actor_id=" + trail.people().get(3));
        queries.put("by action", "action=FinishRun");
        queries.put(
                "by a rare person (1 in 10,000)", "actor_id=" + trail.people().get(PEOPLE));
        queries.put("by a rare action (1 in 10,000)", "action=" + RARE_ACTION);
        queries.put("by workstation", "workstation_id=" + trail.workstations().get(2));
        queries.put("by a week", "from=" + weekStart + "&to=" + weekStart.plus(Duration.ofDays(7)));
        queries.put(
                "by a year", "from=" + trail.first() + "&to=" + trail.first().plus(Duration.ofDays(365)));
        queries.put("until a day a year ago", "to=" + trail.first().plus(Duration.ofDays(365)));
        queries.put(
                "by person and a week",
                "actor_id=" + trail.people().get(3) + "&from=" + weekStart + "&to="
                        + weekStart.plus(Duration.ofDays(7)));
        queries.put("deep page (before=1000)", "before=1000");
        queries.put(
                "by person, deep page (before=5000)",
                "actor_id=" + trail.people().get(3) + "&before=5000");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String path = "/api/audit/entries?limit=100" + (query.getValue().isEmpty() ? "" : "&" + query.getValue());
            LoadMeasure.measure(
                    "GET entries " + query.getKey() + note, requests, 1, Math.max(2, requests / 10), i -> http.download(
                                    path, viewer)
                            .statusCode());
        }
    }

    private static void verification(Http http, String viewer, String query) throws InterruptedException {
        long start = System.nanoTime();
        Http.Response started = http.post("/api/audit/verifications" + query, viewer, "");
        String id = started.body().get("id").asText();
        Http.Response status;
        do {
            Thread.sleep(100);
            status = http.get("/api/audit/verifications/" + id, viewer);
        } while (status.body().get("state").asText().equals("running"));
        System.out.printf(
                Locale.ROOT,
                "Verification%s: %s, %,d entries checked in %.1f s (%s)%n",
                query.isEmpty() ? " from the newest checkpoint" : " from the first entry",
                status.body().get("verdict").asText(),
                status.body().get("checked").asLong(),
                (System.nanoTime() - start) / 1e9,
                status.body().get("description").asText());
    }

    /**
     * Appends {@code count} entries after the organization's head (the entries its provisioning
     * wrote), each hashed and linked as {@code spectra_append_audit} would, by {@code COPY}.
     */
    private static Trail generate(PostgresTestDatabase postgres, UUID organizationId, List<UUID> people, int count)
            throws SQLException, IOException {
        ObjectMapper json = new ObjectMapper();
        List<UUID> workstations = new ArrayList<>();
        for (int i = 0; i < WORKSTATIONS; i++) {
            workstations.add(Ids.newId());
        }
        try (Connection owner = postgres.ownerConnection()) {
            try (Statement tenant = owner.createStatement()) {
                tenant.execute("SELECT set_config('app.current_org_id', '" + organizationId + "', false)");
            }
            long sequence;
            String previous;
            try (PreparedStatement head = owner.prepareStatement("SELECT sequence, hash FROM audit_log"
                    + " WHERE organization_id = ? ORDER BY sequence DESC FETCH FIRST 1 ROW ONLY")) {
                head.setObject(1, organizationId);
                try (ResultSet row = head.executeQuery()) {
                    row.next();
                    sequence = row.getLong(1);
                    previous = row.getString(2);
                }
            }
            Instant last = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Instant first = last.minus(Duration.ofDays(730));
            long step = Duration.between(first, last).toNanos() / 1000 / count;
            List<UUID> records = new ArrayList<>();
            for (int i = 0; i < count / ENTRIES_PER_RECORD + 1; i++) {
                records.add(Ids.newId());
            }
            String copy = "COPY audit_log (id, organization_id, sequence, occurred_at, actor_id, workstation_id,"
                    + " command_id, action, table_name, record_id, old_value, new_value, reason, previous_hash, hash)"
                    + " FROM STDIN (FORMAT csv)";
            int batch = 50_000;
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sequence++;
                int recordIndex = (int) ((i * 7919L) % records.size());
                UUID record = records.get(recordIndex);
                ObjectNode before = json.createObjectNode()
                        .put("name", "Record " + recordIndex)
                        .put("status", "step " + (i % 5))
                        .put("row_version", i % 50);
                ObjectNode after = before.deepCopy().put("status", "step " + ((i + 1) % 5));
                AuditEntry entry = new AuditEntry(
                        Ids.newId(),
                        organizationId,
                        sequence,
                        first.plus(step * i, ChronoUnit.MICROS),
                        i % RARE_EVERY == 0 ? people.get(PEOPLE) : people.get(i % PEOPLE),
                        workstations.get((i / 3) % WORKSTATIONS),
                        Ids.newId(),
                        i % RARE_EVERY == 0 ? RARE_ACTION : ACTIONS.get(i % ACTIONS.size()),
                        TABLES.get(recordIndex % TABLES.size()),
                        record,
                        i % 4 == 0 ? null : before,
                        after,
                        i % 10 == 0 ? "Corrected after review " + i : null,
                        previous,
                        "");
                String hash = AuditHashFormat.V2.hash(entry);
                previous = hash;
                rows.append(entry.id())
                        .append(',')
                        .append(organizationId)
                        .append(',')
                        .append(sequence)
                        .append(',')
                        .append(MICROS.format(entry.occurredAt()))
                        .append(',')
                        .append(entry.actorId())
                        .append(',')
                        .append(entry.workstationId())
                        .append(',')
                        .append(entry.commandId())
                        .append(',')
                        .append(entry.action())
                        .append(',')
                        .append(entry.tableName())
                        .append(',')
                        .append(record)
                        .append(',')
                        .append(
                                entry.oldValue() == null
                                        ? ""
                                        : quoted(entry.oldValue().toString()))
                        .append(',')
                        .append(quoted(entry.newValue().toString()))
                        .append(',')
                        .append(entry.reason() == null ? "" : quoted(entry.reason()))
                        .append(',')
                        .append(entry.previousHash())
                        .append(',')
                        .append(hash)
                        .append('\n');
                if ((i + 1) % batch == 0 || i == count - 1) {
                    try (Reader reader = new StringReader(rows.toString())) {
                        owner.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, reader);
                    }
                    rows.setLength(0);
                }
            }
            int middle = records.size() / 2;
            return new Trail(
                    organizationId,
                    people,
                    workstations,
                    records.get(middle),
                    TABLES.get(middle % TABLES.size()),
                    first,
                    last);
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void dropViewerIndexes(PostgresTestDatabase postgres) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                Statement statement = owner.createStatement()) {
            for (String index : VIEWER_INDEXES) {
                statement.execute("DROP INDEX " + index);
            }
        }
    }

    private static String token(Http http, String email, String password) {
        Http.Response login = http.post("/auth/login", null, Map.of("username", email, "password", password));
        if (login.status() != 200) {
            throw new IllegalStateException("Sign-in failed: " + login.body());
        }
        return login.body().get("access_token").asText();
    }
}
