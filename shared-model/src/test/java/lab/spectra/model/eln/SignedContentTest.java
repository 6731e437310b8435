package lab.spectra.model.eln;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** The hash a signature stores: what it covers, and that any program can compute it again. */
class SignedContentTest {

    private static final UUID ENTRY = UUID.fromString("0190f5a4-0000-7000-8000-000000000001");
    private static final UUID SAMPLE_B = UUID.fromString("0190f5a4-0000-7000-8000-0000000000bb");
    private static final UUID SAMPLE_A = UUID.fromString("0190f5a4-0000-7000-8000-0000000000aa");
    private static final UUID RUN = UUID.fromString("0190f5a4-0000-7000-8000-0000000000cc");
    private static final UUID ORG = UUID.fromString("0190f5a4-0000-7000-8000-0000000000ff");

    private static ElnEntry entry(String title, String body, List<UUID> samples, List<UUID> runs) {
        return new ElnEntry(ENTRY, ORG, title, body, ORG, List.of(), samples, runs, Lab.NOW, Lab.NOW, null, 1);
    }

    @Test
    void theHashIsTheHexSha256OfTheDocumentedCanonicalForm() throws Exception {
        String canonical = """
                spectra-eln-entry-v1
                id 0190f5a4-0000-7000-8000-000000000001
                title 7
                Leakage
                body 7
                1 nA ±
                samples 2
                0190f5a4-0000-7000-8000-0000000000aa
                0190f5a4-0000-7000-8000-0000000000bb
                runs 1
                0190f5a4-0000-7000-8000-0000000000cc
                """;
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(SignedContent.sha256(entry("Leakage", "1 nA ±", List.of(SAMPLE_B, SAMPLE_A), List.of(RUN))))
                .isEqualTo(expected)
                .hasSize(64);
    }

    @Test
    void theOrderOfLinkedRecordsDoesNotChangeTheHash() {
        assertThat(SignedContent.sha256(entry("T", "B", List.of(SAMPLE_A, SAMPLE_B), List.of())))
                .isEqualTo(SignedContent.sha256(entry("T", "B", List.of(SAMPLE_B, SAMPLE_A), List.of())));
    }

    @Test
    void changingTheTitleTheTextOrALinkChangesTheHash() {
        String original = SignedContent.sha256(entry("T", "B", List.of(SAMPLE_A), List.of(RUN)));

        assertThat(List.of(
                        SignedContent.sha256(entry("T.", "B", List.of(SAMPLE_A), List.of(RUN))),
                        SignedContent.sha256(entry("T", "B ", List.of(SAMPLE_A), List.of(RUN))),
                        SignedContent.sha256(entry("T", "B", List.of(SAMPLE_B), List.of(RUN))),
                        SignedContent.sha256(entry("T", "B", List.of(SAMPLE_A), List.of()))))
                .doesNotContain(original)
                .doesNotHaveDuplicates();
    }

    @Test
    void textCannotMoveBetweenTitleAndBodyWithoutChangingTheHash() {
        assertThat(SignedContent.sha256(entry("ab", "c", List.of(), List.of())))
                .isNotEqualTo(SignedContent.sha256(entry("a", "bc", List.of(), List.of())));
    }

    @Test
    void bookkeepingIsNotPartOfTheSignedContent() {
        ElnEntry original = entry("T", "B", List.of(), List.of());
        ElnEntry touched = new ElnEntry(
                ENTRY,
                ORG,
                "T",
                "B",
                ORG,
                List.of(SAMPLE_A),
                List.of(),
                List.of(),
                Lab.NOW,
                Lab.NOW.plusSeconds(60),
                null,
                7);
        assertThat(SignedContent.sha256(touched)).isEqualTo(SignedContent.sha256(original));
    }

    @Test
    void signaturesNameTheEntriesTableAsTheSyncProtocolDoes() {
        assertThat(ElnEntry.RECORD_TABLE).isEqualTo(Table.ELN_ENTRIES.tableName());
    }
}
