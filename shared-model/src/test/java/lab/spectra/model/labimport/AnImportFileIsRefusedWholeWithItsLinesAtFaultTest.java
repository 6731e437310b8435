package lab.spectra.model.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every line at fault is named with its number; one refused line refuses the whole file. */
class AnImportFileIsRefusedWholeWithItsLinesAtFaultTest {

    @Test
    void missingCellsUnknownKindsBadDatesAndRepeatedNamesAreEachReportedOnTheirLine() {
        ImportPlan.Refused refused = Plans.refused(LabRecordKind.INSTRUMENTS, """
                name,kind,certificate_number,calibrated_on,expires_on
                XRD-02,XRD,,,
                ,SEM,,,
                AFM-01,microscope,,,
                SEM-09,SEM,CAL-9,31/03/2026,2027-03-31
                XRD-02,XRD,,,
                """);

        assertThat(refused.errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 3, name: The name is missing",
                        "Line 4, kind: \"microscope\" is not a kind of instrument; one of SMU, SPECTROMETER,"
                                + " ELLIPSOMETER, XRD, SEM, AFM, PROFILOMETER, FOUR_POINT_PROBE, HALL, OTHER",
                        "Line 5, calibrated_on: \"31/03/2026\" is not a date; write it as 2026-03-31",
                        "Line 6, name: \"XRD-02\" is already on line 2 of this file");
    }

    @Test
    void aSampleWithAnUnknownMaterialOrARepeatedBarcodeIsRefused() {
        ImportPlan.Refused refused = Plans.refused(LabRecordKind.SAMPLES, """
                name,barcode,material
                Wafer A,BC-1,Silicon
                Wafer B,BC-2,Unobtainium
                Wafer C,BC-1,
                """);

        assertThat(refused.errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 3, material: No material named \"Unobtainium\" in this lab",
                        "Line 4, barcode: \"BC-1\" is already on line 2 of this file");
    }

    @Test
    void unknownAndMissingColumnsRefuseTheFileAtItsHeader() {
        ImportPlan.Refused refused = Plans.refused(LabRecordKind.SAMPLES, "name,colour\nA,red\n");

        assertThat(refused.errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 1, colour: Unknown column; the samples file has name, barcode, material, location, notes",
                        "Line 1, barcode: The required column is missing");
    }

    @Test
    void aLineWithTheWrongNumberOfCellsOrAnUnclosedQuoteIsNamed() {
        assertThat(Plans.refused(LabRecordKind.SAMPLES, "name,barcode\nA,BC-1,extra\nB,BC-2\n")
                        .errors())
                .extracting(RowError::describe)
                .containsExactly("Line 2: The line has 3 cells, the header 2");
        assertThat(Plans.refused(LabRecordKind.SAMPLES, "name,barcode\nA,BC-1\n\"B,BC-2\n")
                        .errors())
                .singleElement()
                .satisfies(error -> assertThat(error.line()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void aFileThatIsNotUtf8OrHoldsNoRecordsIsRefused() {
        byte[] latin1 = "name,barcode\nMüller,BC-1\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Plans.of(LabRecordKind.SAMPLES, new String(latin1, StandardCharsets.ISO_8859_1)))
                .isInstanceOf(ImportPlan.Ready.class);
        assertThat(((ImportPlan.Refused) Plans.of(LabRecordKind.SAMPLES, latin1)).errors())
                .extracting(RowError::describe)
                .containsExactly("Line 1: The file is not UTF-8 text; save it from the spreadsheet as CSV UTF-8");
        assertThat(Plans.refused(LabRecordKind.SAMPLES, "name,barcode\n").errors())
                .extracting(RowError::describe)
                .containsExactly("Line 2: The file names its columns but holds no records");
        assertThat(Plans.refused(LabRecordKind.SAMPLES, "").errors())
                .extracting(RowError::describe)
                .containsExactly("Line 1: The file is empty; the first line must name the columns");
    }
}
