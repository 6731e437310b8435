package lab.spectra.server.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateMaterial;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.server.audit.AuditVerifier;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ServerLab;

/**
 * The fuzz tests' world, made once per JVM (fuzzing runs millions of inputs; a server per input
 * would be all the test did): on the shared demo server and its PostgreSQL database, a lab of five
 * people signed in over HTTP with lab records to aim at (a sample, an instrument with a valid
 * calibration, an approved recipe, a running run, …), and a second organization whose records
 * and people a command must never reach. The demo's own labs are out of reach the same way, so
 * whatever the fuzzer pushes leaves the other tests' data alone; sharing the server keeps the
 * run's PostgreSQL connections to those it already has.
 */
final class FuzzLab {

    private static final String PASSWORD = "fuzzing is a kind of testing";
    private static final List<String> TABLES_WITH_RECORDS = Arrays.stream(Table.values())
            .filter(table -> table != Table.AUDIT_LOG)
            .map(Table::tableName)
            .toList();
    private static final String RECORDS_WITH_ID = "SELECT (SELECT count(*) FROM change_log WHERE row_id = ?)"
            + TABLES_WITH_RECORDS.stream()
                    .map(table -> " + (SELECT count(*) FROM " + table + " WHERE id = ?)")
                    .collect(Collectors.joining());
    private static final int RECORDS_WITH_ID_PARAMETERS = 1 + TABLES_WITH_RECORDS.size();
    private static FuzzLab instance;

    final ObjectMapper mapper = DomainJson.newMapper();
    final DemoServer demo;
    final ServerLab.Org org;
    final ServerLab.Org other;
    /** The lab's records and people under the names the fuzz inputs use for them. */
    final Placeholders placeholders;

    private final Map<UUID, String> tokens = new LinkedHashMap<>();
    private Instant signedInAt = Instant.EPOCH;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Connection owner;
    private final AuditVerifier auditVerifier;

    /** What the server answered, as it came: the status and the body's text. */
    record Answer(int status, String body) {}

    /** How many changes and audit entries the database holds, of every organization. */
    record Ledger(long changes, long auditEntries) {
        /** With {@code written} more changes and as many more audit entries. */
        Ledger plus(long written) {
            return new Ledger(changes + written, auditEntries + written);
        }
    }

    private FuzzLab() {
        demo = DemoServer.get();
        // The lab is made with connections of its own, closed once it is made.
        try (ServerLab setup = new ServerLab(demo.postgres)) {
            String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
            org = setup.createOrganization("fuzz", hash);
            other = setup.createOrganization("fuzz-other", hash);
            placeholders = new Placeholders(records(setup));
        }
        try {
            owner = demo.postgres.ownerConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("The fuzz lab cannot count rows as the database's owner", e);
        }
        auditVerifier = new AuditVerifier(demo.server.parts().database(), mapper);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    static synchronized FuzzLab get() {
        if (instance == null) {
            instance = new FuzzLab();
        }
        instance.signInWhenDue();
        return instance;
    }

    /**
     * The lab for a fuzz test, which runs with Jazzer's bug detectors: the one that reports
     * network connections would take the server's own loopback traffic (HTTP to the server, JDBC
     * to PostgreSQL) for a server-side request forgery. Allowed again for every input, as Jazzer
     * forbids all connections whenever a fuzz test starts; outside Jazzer there is no detector.
     */
    static FuzzLab forFuzzing() {
        BugDetectors.allowNetworkConnections(FuzzLab::loopback);
        return get();
    }

    private static boolean loopback(String host, Integer port) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * The records the inputs name, made through the real command service so that rows, change
     * log and audit trail are as in use. Ids the lab made are random per run; inputs name them
     * ({@code $sample}) so that a seed keeps meaning the same record in every run.
     */
    private Map<String, String> records(ServerLab lab) {
        Map<String, String> named = new LinkedHashMap<>();
        named.put("$admin", org.admin().userId().toString());
        named.put("$pi", org.pi().userId().toString());
        named.put("$engineer", org.engineer().userId().toString());
        named.put("$tech", org.technician().userId().toString());
        named.put("$viewer", org.viewer().userId().toString());
        named.put("$other_engineer", other.engineer().userId().toString());
        named.put("$workstation", lab.workstationId.toString());

        UUID material = Ids.newId();
        applied(
                lab,
                new CreateMaterial(lab.meta(org.engineer()), material, "Fuzzed silicon", "Si", null),
                org.engineer());
        UUID sample = lab.sample(org, "FZ-SAMPLE");
        UUID wafer = Ids.newId();
        applied(lab, new CreateWafer(lab.meta(org.engineer()), wafer, sample, "W-1", 150.0), org.engineer());
        UUID device = Ids.newId();
        applied(lab, new CreateDevice(lab.meta(org.engineer()), device, wafer, "D-1", "diode"), org.engineer());
        UUID instrument = lab.instrument(org, "Fuzz probe", InstrumentKind.SMU);
        Instant now = lab.clock.instant();
        UUID calibration =
                lab.calibrate(org, instrument, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)));
        UUID recipe = lab.approvedRecipe(org, "Fuzz IV sweep", InstrumentKind.SMU);
        UUID sop = lab.approvedSop(org, "Fuzz probing");
        UUID run = Ids.newId();
        applied(lab, new StartRun(lab.meta(org.technician()), run, recipe, instrument, sample, null), org.technician());
        UUID entry = Ids.newId();
        applied(
                lab,
                new WriteElnEntry(
                        lab.meta(org.engineer()), entry, "Fuzz notes", "# Notes", List.of(sample), List.of(run)),
                org.engineer());
        named.put("$material", material.toString());
        named.put("$sample", sample.toString());
        named.put("$wafer", wafer.toString());
        named.put("$device", device.toString());
        named.put("$instrument", instrument.toString());
        named.put("$calibration", calibration.toString());
        named.put("$recipe", recipe.toString());
        named.put("$sop", sop.toString());
        named.put("$run", run.toString());
        named.put("$entry", entry.toString());

        UUID otherSample = lab.sample(other, "FZ-ELSEWHERE");
        UUID otherInstrument = lab.instrumentWithValidCalibration(other, "Elsewhere probe", InstrumentKind.SMU);
        UUID otherRecipe = lab.approvedRecipe(other, "Elsewhere IV sweep", InstrumentKind.SMU);
        UUID otherRun = Ids.newId();
        applied(
                lab,
                new StartRun(lab.meta(other.technician()), otherRun, otherRecipe, otherInstrument, otherSample, null),
                other.technician());
        named.put("$other_sample", otherSample.toString());
        named.put("$other_instrument", otherInstrument.toString());
        named.put("$other_recipe", otherRecipe.toString());
        named.put("$other_run", otherRun.toString());
        return named;
    }

    private static void applied(ServerLab lab, Command command, Actor author) {
        ServerLab.expectApplied(lab.run(command, author));
    }

    /** The lab's people, by the name inputs use for them. */
    Actor person(String name) {
        switch (name) {
            case "$admin":
                return org.admin();
            case "$pi":
                return org.pi();
            case "$engineer":
                return org.engineer();
            case "$tech":
                return org.technician();
            case "$viewer":
                return org.viewer();
            default:
                throw new IllegalArgumentException("No person " + name);
        }
    }

    /** The lab's person with this id, if it is one of them. */
    Optional<Actor> personWithId(UUID id) {
        return List.of(org.admin(), org.pi(), org.engineer(), org.technician(), org.viewer()).stream()
                .filter(person -> person.userId().equals(id))
                .findFirst();
    }

    /** POST /sync/push with these bytes as the body, signed in as {@code pusher}, from a bench naming no protocol. */
    Answer push(Actor pusher, byte[] body) {
        return send(pushRequest(pusher, body).build());
    }

    /** The same from a bench naming its sync protocol version. */
    Answer push(Actor pusher, byte[] body, int protocol) {
        return send(pushRequest(pusher, body)
                .header(lab.spectra.model.protocol.SyncProtocol.BENCH_HEADER, Integer.toString(protocol))
                .build());
    }

    private HttpRequest.Builder pushRequest(Actor pusher, byte[] body) {
        return HttpRequest.newBuilder(demo.server.baseUri().resolve("/sync/push"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(pusher))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /**
     * Signs the lab's five people in now and then, before an input is pushed rather than while:
     * a sign-in is written to the organization's audit trail, and the checks count its entries.
     * Access tokens last 15 minutes.
     */
    private synchronized void signInWhenDue() {
        Instant now = Instant.now();
        if (Duration.between(signedInAt, now).compareTo(Duration.ofMinutes(10)) < 0) {
            return;
        }
        for (Actor person : List.of(org.admin(), org.pi(), org.engineer(), org.technician(), org.viewer())) {
            tokens.put(person.userId(), signIn(person));
        }
        signedInAt = now;
    }

    private String signIn(Actor person) {
        String email = emailOf(person);
        String login = "{\"username\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        Answer answer = send(HttpRequest.newBuilder(demo.server.baseUri().resolve("/auth/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(login))
                .build());
        if (answer.status() != 200) {
            throw new IllegalStateException("Login failed for " + email + ": " + answer.body());
        }
        try {
            return mapper.readTree(answer.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized String token(Actor person) {
        String token = tokens.get(person.userId());
        if (token == null) {
            throw new IllegalArgumentException("Not one of the fuzz lab's people: " + person);
        }
        return token;
    }

    private String emailOf(Actor person) {
        String who;
        if (person.equals(org.admin())) {
            who = "admin";
        } else if (person.equals(org.pi())) {
            who = "pi";
        } else if (person.equals(org.engineer())) {
            who = "engineer";
        } else if (person.equals(org.technician())) {
            who = "tech";
        } else if (person.equals(org.viewer())) {
            who = "viewer";
        } else {
            throw new IllegalArgumentException("Not one of the fuzz lab's people: " + person);
        }
        return who + "@" + org.organization().slug() + ".test";
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The request to the server failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A count over the whole database as its owner (row-level security does not hide another
     * organization's rows from it): {@code sql} with its parameters bound in order. One
     * connection is kept for it, as inputs are checked one after another.
     */
    synchronized long count(String sql, Object... parameters) {
        try (PreparedStatement statement = owner.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All changes and audit entries, of every organization, counted together. */
    Ledger ledger() {
        return ledger("SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM audit_log)");
    }

    /** The changes and audit entries that name this command id (of any author). */
    Ledger tracesOf(UUID commandId) {
        return ledger(
                "SELECT (SELECT count(*) FROM change_log WHERE command_id = ?),"
                        + " (SELECT count(*) FROM audit_log WHERE command_id = ?)",
                commandId,
                commandId);
    }

    private synchronized Ledger ledger(String sql, Object... parameters) {
        try (PreparedStatement statement = owner.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new Ledger(result.getLong(1), result.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer the server keeps for the lab's author's command id, with its content hash. */
    record KeptAnswer(String outcome, String contentHash) {}

    synchronized Optional<KeptAnswer> keptAnswer(UUID authorId, UUID commandId) {
        try (PreparedStatement statement = owner.prepareStatement("SELECT outcome::text, content_hash FROM"
                + " processed_commands WHERE organization_id = ? AND author_id = ? AND command_id = ?")) {
            statement.setObject(1, org.id());
            statement.setObject(2, authorId);
            statement.setObject(3, commandId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next()
                        ? Optional.of(new KeptAnswer(result.getString(1), result.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records of any organization with this id, in any domain table or in the change log. */
    long recordsWithId(UUID id) {
        return count(
                RECORDS_WITH_ID,
                Collections.nCopies(RECORDS_WITH_ID_PARAMETERS, id).toArray());
    }

    /** The first broken link of the lab's audit chain, recomputed from the database. */
    Optional<AuditChain.Break> brokenAuditLink() {
        return auditVerifier.verify(org.id());
    }

    private void close() {
        try {
            owner.close();
        } catch (SQLException e) {
            // The JVM is ending; the demo server drops the database, whatever became of this connection.
        }
    }
}
