package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.SyncServer;
import lab.spectra.server.db.Page;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The samples list reads its rows by position with prepared enum and JSON conversions and writes
 * instants with the product's own serializer (issue 19). Its answer must stay byte for byte what
 * the former path sent: the records as stored, encoded by Jackson's own bean and Java-time
 * serializers. Every kind of value a sample holds is in the page: each status, absent and present
 * optional fields, metadata, a deletion, and instants whole, to the millisecond and to the
 * microsecond (PostgreSQL keeps microseconds).
 */
class ASamplesPageIsEncodedByteForByteAsBeforeTest {

    /** The product's JSON dialect as the former path wrote it: the Java-time module's instants. */
    private static final ObjectMapper FORMER_ENCODING = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .build();

    private PostgresTestDatabase postgres;
    private SyncServer server;
    private Http http;

    @BeforeEach
    void start() {
        postgres = PostgresTestDatabase.createMigrated();
        server = SyncServer.start(DemoServer.config(postgres, false));
        http = new Http(server.baseUri());
    }

    @AfterEach
    void stop() {
        server.close();
        postgres.close();
    }

    @Test
    void aPageWithEveryKindOfValueIsTheSameTextAsTheFormerPathWroteIt() throws Exception {
        Organization lab = server.parts().provisioning().createOrganization("golden", "Golden lab", null);
        UserAccount admin = server.parts()
                .provisioning()
                .createUser(
                        lab.id(),
                        "admin@golden.test",
                        "Admin",
                        Role.ADMIN,
                        server.parts().passwordHasher().hash("admin-pw".toCharArray()),
                        null);
        List<Sample> samples = samples(lab.id(), admin.id());
        server.parts().commands().insertSystemRows(lab.id(), null, "test:CreateSample", List.<Row>copyOf(samples));
        String token = http.post("/auth/login", null, Map.of("username", "admin@golden.test", "password", "admin-pw"))
                .body()
                .get("access_token")
                .asText();

        String all = http.get("/api/lims/samples?limit=200&include_deleted=true", token)
                .raw()
                .body();
        String firstTwo = http.get("/api/lims/samples?limit=2&include_deleted=true", token)
                .raw()
                .body();
        String byBarcode =
                http.get("/api/lims/samples?barcode=G-3", token).raw().body();

        assertThat(all).isEqualTo(FORMER_ENCODING.writeValueAsString(new Page<>(samples, null)));
        assertThat(firstTwo)
                .isEqualTo(FORMER_ENCODING.writeValueAsString(
                        new Page<>(samples.subList(0, 2), samples.get(1).id())));
        Sample third = samples.stream()
                .filter(sample -> sample.barcode().equals("G-3"))
                .findFirst()
                .orElseThrow();
        assertThat(byBarcode).isEqualTo(FORMER_ENCODING.writeValueAsString(new Page<>(List.of(third), null)));
        assertThat(all).contains("\"created_at\":\"2026-11-30T23:15:00.123456Z\"", "\"status\":\"on_hold\"");
    }

    /**
     * One sample per status with every optional field both absent and present, in the list's order:
     * by id as PostgreSQL orders UUIDs, byte by byte, which is the order of their lower-case text.
     */
    private static List<Sample> samples(UUID lab, UUID admin) {
        List<Instant> times = List.of(
                Instant.parse("2026-11-30T23:15:00Z"),
                Instant.parse("2026-11-30T23:15:00.120Z"),
                Instant.parse("2026-11-30T23:15:00.123456Z"),
                Instant.parse("1999-12-31T23:59:59.000001Z"),
                Instant.parse("2024-02-29T00:00:00.5Z"),
                Instant.parse("2026-01-01T00:00:00.010Z"));
        List<Sample> samples = new ArrayList<>();
        SampleStatus[] statuses = SampleStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            boolean full = i % 2 == 1;
            ObjectNode metadata = JsonNodeFactory.instance.objectNode();
            if (full) {
                // In the order PostgreSQL's jsonb keeps keys (shorter first), as the column gives them back.
                metadata.putArray("tags").add("sic").add(3);
                metadata.put("supplier", "Wafer Works \"A\" – ü").put("thickness_um", 525.5);
            }
            boolean deleted = i == statuses.length - 1;
            Instant created = times.get(i);
            samples.add(new Sample(
                    Ids.newId(),
                    lab,
                    "Golden sample " + (i + 1),
                    "G-" + (i + 1),
                    null,
                    full ? "Cabinet 2, shelf \\ 3" : null,
                    statuses[i],
                    full ? "Line one\nline two\ttabbed" : null,
                    metadata,
                    full ? admin : null,
                    created,
                    times.get((i + 2) % times.size()),
                    deleted ? times.get(0) : null,
                    1,
                    deleted ? admin : null,
                    deleted ? "Registered twice" : null));
        }
        samples.sort(Comparator.comparing(sample -> sample.id().toString()));
        return samples;
    }
}
