package lab.spectra.model.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.sample.CreateSample;
import org.junit.jupiter.api.Test;

/** A byte-order mark, quoted cells with commas and line breaks, blank lines, CRLF, spaces. */
class ASpreadsheetsCsvIsReadAsItsAuthorSeesItTest {

    @Test
    void quotedCellsBomCrlfAndBlankLinesReadAsWritten() {
        ImportPlan.Ready plan = Plans.ready(
                LabRecordKind.SAMPLES,
                "\uFEFFBarcode , Name,Notes,Material\r\n"
                        + " BC-1 ,\"Wafer, 4 inch\",\"cleaved\r\nby hand\",silicon\r\n"
                        + "\r\n"
                        + "BC-2,Chip 7,,\r\n");

        assertThat(plan.rows()).extracting(ImportPlan.PlannedRow::line).containsExactly(2, 5);
        CreateSample first = (CreateSample) plan.rows().get(0).commands().get(0);
        assertThat(first.barcode()).isEqualTo("BC-1");
        assertThat(first.name()).isEqualTo("Wafer, 4 inch");
        assertThat(first.notes()).isEqualTo("cleaved\r\nby hand");
        assertThat(first.materialId()).isEqualTo(Plans.SILICON);
        CreateSample second = (CreateSample) plan.rows().get(1).commands().get(0);
        assertThat(second.notes()).isNull();
        assertThat(second.materialId()).isNull();
    }
}
