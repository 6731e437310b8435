package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedRecordHashTest {

    @Test
    void printingTheSameRecordAgainLaterGivesTheSameHash() {
        PrintableEntry first = PrintedPdfs.entry("Body.", List.of(PrintedPdfs.authored("Tara Tech")));
        PrintableEntry later = new PrintableEntry(
                first.organizationName(),
                first.entryId(),
                first.title(),
                first.bodyMarkdown(),
                first.version(),
                first.authorName(),
                first.createdAt(),
                first.updatedAt(),
                first.links(),
                first.signatures(),
                first.contentSha256(),
                first.timeZone(),
                Instant.parse("2027-01-01T00:00:00Z"),
                "Someone Else");

        assertThat(PrintedRecordHash.sha256(later)).isEqualTo(PrintedRecordHash.sha256(first));
    }

    @Test
    void aVoidedSignatureChangesTheHash() {
        PrintableSignature valid = PrintedPdfs.authored("Tara Tech");
        PrintableSignature voided = new PrintableSignature(
                valid.printedName(),
                valid.meaning(),
                valid.signedAt(),
                valid.signedContentSha256(),
                Instant.parse("2026-11-29T12:00:00Z"),
                "Eli Engineer",
                "Entry changed after signing",
                valid.countersignedAt());

        assertThat(PrintedRecordHash.sha256(PrintedPdfs.entry("Body.", List.of(voided))))
                .isNotEqualTo(PrintedRecordHash.sha256(PrintedPdfs.entry("Body.", List.of(valid))));
    }

    @Test
    void textMovedBetweenTitleAndBodyChangesTheHash() {
        PrintableEntry entry = PrintedPdfs.entry("ab", List.of());

        assertThat(PrintedRecordHash.sha256(entry))
                .isNotEqualTo(PrintedRecordHash.sha256(PrintedPdfs.entry("b", List.of())))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }
}
