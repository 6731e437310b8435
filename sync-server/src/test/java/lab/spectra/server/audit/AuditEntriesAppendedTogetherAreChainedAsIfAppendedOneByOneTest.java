package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.model.id.Ids;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pushed batch's audit entries are appended in one call (ADR 0031, revised 2026-11-30). The
 * trail must not be able to tell: the same events appended together get the same numbers, links
 * and hashes as when appended one call each, and the trail verifies.
 */
class AuditEntriesAppendedTogetherAreChainedAsIfAppendedOneByOneTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static ServerLab.Org org;

    /** The link of one entry: its number, the hash before it and its own. */
    private record Link(long sequence, String previousHash, String hash) {}

    /** Carries what a transaction saw out of it, rolling it back. */
    private static final class Seen extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Link> links;

        Seen(List<Link> links) {
            super(null, null, false, false);
            this.links = links;
        }
    }

    @BeforeAll
    static void organization() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("appended-together");
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private static List<AuditTrail.Event> events() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode awkward = json.objectNode();
        awkward.put("zeta", "say \"hi\" \\ back");
        awkward.put("Zeta", "\b\f\n\r\t\u0001");
        awkward.put("é", 0.1);
        awkward.put("exact", new BigDecimal("2.50"));
        awkward.putNull("nothing");
        awkward.putArray("list").add(3).add("three").addNull();
        JsonNode before = awkward.deepCopy().put("zeta", "before");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditTrail.Event> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(new AuditTrail.Event(
                    at.plusNanos(1_000L * i),
                    org.admin().userId(),
                    i % 2 == 0 ? Ids.newId() : null,
                    Ids.newId(),
                    "CreateSample",
                    "samples",
                    Ids.newId(),
                    i == 0 ? null : before,
                    awkward,
                    i == 3 ? "why: é \"quoted\"" : null));
        }
        return events;
    }

    private static List<Link> appendedOneByOne(List<AuditTrail.Event> events) {
        try {
            lab.database.inTenant(org.id(), connection -> {
                OrgSequence sequence = OrgSequence.lock(connection, org.id());
                AuditTrail trail = new AuditTrail(lab.database, lab.mapper);
                List<Link> links = new ArrayList<>();
                for (AuditTrail.Event event : events) {
                    AuditEntry entry = trail.append(connection, sequence, event);
                    links.add(new Link(entry.sequence(), entry.previousHash(), entry.hash()));
                }
                throw new Seen(links);
            });
        } catch (Seen seen) {
            return seen.links;
        }
        throw new AssertionError("The transaction was meant to be rolled back");
    }

    @Test
    void theSameEventsAppendedInOneCallGetTheSameNumbersLinksAndHashes() {
        List<AuditTrail.Event> events = events();
        List<Link> oneByOne = appendedOneByOne(events);

        String savedHead = lab.database.inTenant(org.id(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, org.id());
            new AuditTrail(lab.database, lab.mapper).appendAll(connection, sequence, events);
            sequence.save(connection);
            return sequence.lastAuditHash();
        });

        List<Link> together = lab.database.inTenant(org.id(), connection -> {
            List<Link> links = new ArrayList<>();
            for (AuditTrail.Event event : events) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT sequence, previous_hash, hash, command_id FROM audit_log WHERE record_id = ?")) {
                    select.setObject(1, event.recordId());
                    try (ResultSet row = select.executeQuery()) {
                        assertThat(row.next()).isTrue();
                        assertThat(row.getObject(4, UUID.class)).isEqualTo(event.commandId());
                        links.add(new Link(row.getLong(1), row.getString(2), row.getString(3)));
                    }
                }
            }
            return links;
        });
        assertThat(together).hasSize(events.size()).containsExactlyElementsOf(oneByOne);
        assertThat(savedHead).isEqualTo(oneByOne.get(oneByOne.size() - 1).hash());
        assertThat(new AuditVerifier(lab.database, lab.mapper).verify(org.id())).isEmpty();
    }

    @Test
    void theChainFormatMarkerCannotBeSlippedIntoABatch() {
        List<AuditTrail.Event> events = new ArrayList<>(events());
        AuditTrail.Event first = events.get(0);
        events.add(new AuditTrail.Event(
                first.occurredAt(),
                null,
                null,
                null,
                AuditHashFormat.FORMAT_2_MARKER,
                "audit_log",
                null,
                null,
                null,
                null));

        assertThatThrownBy(() -> lab.database.inTenant(org.id(), connection -> {
                    OrgSequence sequence = OrgSequence.lock(connection, org.id());
                    new AuditTrail(lab.database, lab.mapper).appendAll(connection, sequence, events);
                    return null;
                }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
