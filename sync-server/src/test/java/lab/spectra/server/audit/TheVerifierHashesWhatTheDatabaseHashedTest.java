package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.audit.AuditHashFormat;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL computes each entry's hash when it appends it; the verifier recomputes it in Java.
 * Both must write the same canonical text for every JSON value and text a change can carry, or an
 * untouched trail would be reported broken: names out of ASCII order, escapes, control characters,
 * characters outside the Basic Multilingual Plane, numbers of every kind.
 */
class TheVerifierHashesWhatTheDatabaseHashedTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static ServerLab.Org org;

    @BeforeAll
    static void organization() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("canonical");
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private static JsonNode awkwardValue() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode value = json.objectNode();
        value.put("zeta", "last by name");
        value.put("Zeta", "capital letters sort first");
        value.put("é", "beyond ASCII");
        value.put("\uD83D\uDE00", "outside the Basic Multilingual Plane");
        value.put("\uFF21", "a full-width A, after é and before the emoji in UTF-8 order");
        value.put("", "an empty name");
        value.put("quotes", "say \"hi\" \\ back\\slash / slash");
        value.put("controls", "\b\f\n\r\t\u0001\u001f\u007f");
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("long", 9_007_199_254_740_993L);
        value.put("negative", -42);
        value.put("double", 0.1);
        value.put("tiny", 1e-9);
        value.put("huge", 1e300);
        value.put("exact", new BigDecimal("2.50"));
        value.put("zero", -0.0);
        value.put("yes", true);
        value.putNull("nothing");
        value.putArray("list").add(3).add("three").addNull().addObject().putArray("inner");
        value.putObject("empty");
        return value;
    }

    @Test
    void anEntryWithAwkwardValuesVerifiesAsTheDatabaseWroteIt() {
        JsonNode awkward = awkwardValue();
        AuditEntry written = lab.database.inTenant(org.id(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, org.id());
            AuditEntry entry = new AuditTrail(lab.database, lab.mapper)
                    .append(
                            connection,
                            sequence,
                            new AuditTrail.Event(
                                    Instant.now(),
                                    org.admin().userId(),
                                    Ids.newId(),
                                    Ids.newId(),
                                    "Awkward \"action\"",
                                    "samples",
                                    Ids.newId(),
                                    awkward,
                                    awkward.get("list"),
                                    "why: \u00e9\t\uD83D\uDE00 \"quoted\""));
            sequence.save(connection);
            return entry;
        });

        List<AuditEntry> stored = lab.database.inTenant(
                org.id(), connection -> new JdbcDomainState(connection, org.id(), ExactJson.reader(lab.mapper))
                        .<AuditEntry>find(Table.AUDIT_LOG, "id = ?", written.id()));
        assertThat(stored).hasSize(1);
        assertThat(AuditHashFormat.V2.hash(stored.get(0)))
                .isEqualTo(stored.get(0).hash());
        assertThat(new AuditVerifier(lab.database, lab.mapper).verify(org.id())).isEmpty();
    }
}
