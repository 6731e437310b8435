package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.RunReview;
import org.junit.jupiter.api.Test;

/**
 * A review signature means "reviewed" whether the run was accepted or rejected (ADR 0021); the
 * printed report must not let a rejection read as an approval.
 */
class APrintedRunReviewSaysWhatTheReviewerDecidedTest {

    private static final UUID ORG = UUID.fromString("7d1c0f3a-9a52-4c1e-8c43-0b0d2f6e9a11");
    private static final UUID RUN = PrintedRuns.RUN;
    private static final Instant SIGNED = Instant.parse("2026-11-29T14:00:00Z");

    private final RunReportPdf printer = new RunReportPdf();

    @Test
    void aRejectionPrintsAsRejectedWithTheReviewersComment() {
        UUID signatureId = UUID.randomUUID();
        List<PrintableSignature> printed = RunReportParts.signatures(
                List.of(signature(signatureId)),
                List.of(review(signatureId, ReviewDecision.REJECTED, "Compliance reached above 2 V; repeat the sweep")),
                id -> "nobody");

        String text =
                PrintedPdfs.text(printer.bytes(PrintedRuns.run(new PrintableChart.NotShown("No chart."), printed)));

        assertThat(text)
                .contains("Erin Engineer — Reviewed — signed")
                .contains("Decision: Rejected: Compliance reached above 2 V; repeat the sweep");
    }

    @Test
    void anAcceptanceSaysAcceptedAndTheDecisionIsPartOfThePrintedRecordHash() {
        UUID signatureId = UUID.randomUUID();
        List<PrintableSignature> accepted = RunReportParts.signatures(
                List.of(signature(signatureId)), List.of(review(signatureId, ReviewDecision.REVIEWED, null)), id -> "");
        List<PrintableSignature> rejected = RunReportParts.signatures(
                List.of(signature(signatureId)),
                List.of(review(signatureId, ReviewDecision.REJECTED, "Wrong sample")),
                id -> "");

        assertThat(accepted)
                .singleElement()
                .extracting(PrintableSignature::decision)
                .isEqualTo("Accepted");
        PrintableChart none = new PrintableChart.NotShown("No chart.");
        assertThat(PrintedRecordHash.sha256(PrintedRuns.run(none, accepted)))
                .isNotEqualTo(PrintedRecordHash.sha256(PrintedRuns.run(none, rejected)));
    }

    @Test
    void aSignatureWithoutAReviewRowPrintsItsMeaningAlone() {
        List<PrintableSignature> printed =
                RunReportParts.signatures(List.of(signature(UUID.randomUUID())), List.of(), id -> "");

        assertThat(printed)
                .singleElement()
                .extracting(PrintableSignature::decision)
                .isNull();
    }

    private static Signature signature(UUID id) {
        return new Signature(
                id,
                ORG,
                "runs",
                RUN,
                UUID.randomUUID(),
                "Erin Engineer",
                SignatureMeaning.REVIEWED,
                PrintedPdfs.CONTENT_SHA256,
                SIGNED,
                null,
                null,
                SIGNED,
                1,
                null,
                null,
                null,
                null,
                null);
    }

    private static RunReview review(UUID signatureId, ReviewDecision decision, String comment) {
        return new RunReview(
                UUID.randomUUID(),
                ORG,
                RUN,
                signatureId,
                UUID.randomUUID(),
                "Erin Engineer",
                decision,
                comment,
                PrintedPdfs.CONTENT_SHA256,
                SIGNED,
                SIGNED,
                1);
    }
}
