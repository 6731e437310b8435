package lab.spectra.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.json.JsonObjects;
import org.junit.jupiter.api.Test;

/**
 * A chain is verified in format 1 up to its marker entry and in format 2 from it on, so trails
 * written before format 2 keep verifying and the two formats cannot be swapped unnoticed.
 */
class AuditChainFormatsTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();

    private static AuditEntry entry(long sequence, String action, String previous, String hash) {
        return new AuditEntry(
                new UUID(0, sequence),
                ORGANIZATION,
                sequence,
                Instant.parse("2026-01-01T00:00:00.123456Z").plusSeconds(sequence),
                null,
                null,
                null,
                action,
                "samples",
                new UUID(1, sequence),
                null,
                JsonObjects.empty().put("points", 9_007_199_254_740_993L),
                null,
                previous,
                hash);
    }

    /** A chain of the given actions, each hashed in the format its place calls for. */
    private static List<AuditEntry> chain(String... actions) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        AuditHashFormat format = AuditHashFormat.V1;
        for (int i = 0; i < actions.length; i++) {
            AuditEntry unhashed = entry(i + 1, actions[i], previous, "");
            format = format.next(unhashed);
            AuditEntry hashed = entry(i + 1, actions[i], previous, format.hash(unhashed));
            entries.add(hashed);
            previous = hashed.hash();
        }
        return entries;
    }

    @Test
    void formatOneEntriesThenTheMarkerThenFormatTwoEntriesVerify() {
        assertThat(AuditChain.verify(chain("Old", "Old", AuditHashFormat.FORMAT_2_MARKER, "New", "New")))
                .isEmpty();
    }

    @Test
    void aTrailThatStartsWithTheMarkerIsFormatTwoThroughout() {
        List<AuditEntry> entries = chain(AuditHashFormat.FORMAT_2_MARKER, "New");
        assertThat(AuditChain.verify(entries)).isEmpty();
        assertThat(entries.get(1).hash()).isEqualTo(AuditHashFormat.V2.hash(entries.get(1)));
    }

    @Test
    void anEntryBeforeTheMarkerHashedInFormatTwoIsNamed() {
        AuditEntry unhashed = entry(1, "Old", AuditChain.GENESIS, "");
        AuditEntry wrongFormat = entry(1, "Old", AuditChain.GENESIS, AuditHashFormat.V2.hash(unhashed));
        assertThat(AuditChain.verify(List.of(wrongFormat)))
                .map(AuditChain.Break::sequence)
                .contains(1L);
    }

    @Test
    void theTwoFormatsDifferForTheSameEntry() {
        AuditEntry unhashed = entry(1, "Old", AuditChain.GENESIS, "");
        assertThat(AuditHashFormat.V1.hash(unhashed)).isNotEqualTo(AuditHashFormat.V2.hash(unhashed));
    }
}
