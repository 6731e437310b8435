package lab.spectra.model.runreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** What a run review covers: the run's context, results and files, in one canonical form. */
class RunContentTest {

    private final Lab lab = new Lab();
    private final Run run = lab.finishedRunOf(lab.technician);
    private final Result resistance = result("resistance", 1200.0);
    private final Result threshold = result("threshold voltage", 0.42);
    private final Attachment export = file("iv.csv", null);

    private Result result(String quantity, double value) {
        return new Result(
                Ids.newId(),
                lab.organizationId,
                run.id(),
                quantity,
                value,
                "Ω",
                null,
                null,
                lab.technician.userId(),
                Lab.NOW,
                Lab.NOW,
                1);
    }

    private Attachment file(String name, Instant deletedAt) {
        return new Attachment(
                Ids.newId(),
                lab.organizationId,
                AttachFile.RUNS,
                run.id(),
                name,
                "text/csv",
                2048,
                "c".repeat(64),
                lab.technician.userId(),
                Lab.NOW,
                deletedAt,
                1);
    }

    @Test
    void theOrderInWhichResultsAndFilesAreReadDoesNotCount() {
        Attachment image = file("sem.tif", null);

        assertThat(RunContent.sha256(run, List.of(resistance, threshold), List.of(export, image)))
                .isEqualTo(RunContent.sha256(run, List.of(threshold, resistance), List.of(image, export)));
    }

    @Test
    void aResultOrAFileMoreChangesTheHash() {
        String before = RunContent.sha256(run, List.of(resistance), List.of());

        assertThat(RunContent.sha256(run, List.of(resistance, threshold), List.of()))
                .isNotEqualTo(before);
        assertThat(RunContent.sha256(run, List.of(resistance), List.of(export))).isNotEqualTo(before);
    }

    @Test
    void theLeastChangeOfAValueChangesTheHash() {
        Result nudged = new Result(
                resistance.id(),
                lab.organizationId,
                run.id(),
                "resistance",
                Math.nextUp(1200.0),
                "Ω",
                null,
                null,
                lab.technician.userId(),
                Lab.NOW,
                Lab.NOW,
                1);

        assertThat(RunContent.sha256(run, List.of(nudged), List.of()))
                .isNotEqualTo(RunContent.sha256(run, List.of(resistance), List.of()));
    }

    @Test
    void aDeletedFileIsNotCovered() {
        assertThat(RunContent.sha256(run, List.of(), List.of(file("wrong.csv", Lab.NOW))))
                .isEqualTo(RunContent.sha256(run, List.of(), List.of()));
    }

    @Test
    void theCanonicalFormNamesItsFormatAndTheRunFirst() {
        String text =
                new String(RunContent.canonicalForm(run, List.of(resistance), List.of(export)), StandardCharsets.UTF_8);

        assertThat(text)
                .startsWith("spectra-run-content-v1\nrun " + run.id() + "\nrecipe " + run.recipeId() + " version 1\n")
                .contains("value " + Long.toHexString(Double.doubleToLongBits(1200.0)) + "\n")
                .contains("quantity 10\nresistance\n")
                .contains("files 1\nfile " + export.id() + " " + "c".repeat(64) + " 2048\nname 6\niv.csv\n")
                .endsWith("\n");
    }
}
