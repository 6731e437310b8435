package lab.spectra.model.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RegisterInstrument;
import org.junit.jupiter.api.Test;

class AnInstrumentFileBecomesRegistrationsAndCertificatesTest {

    @Test
    void eachLineRegistersItsInstrumentAndRecordsItsCurrentCertificate() {
        ImportPlan.Ready plan = Plans.ready(LabRecordKind.INSTRUMENTS, """
                Name,Kind,Serial Number,Location,Certificate Number,Calibrated On,Expires On,Performed By
                XRD-02,xrd,SN-77,Room 2,CAL-2026-101,2026-03-31,2027-03-31,Acme Metrology
                SMU-03,SMU,,,,,,
                """);

        assertThat(plan.rows()).extracting(ImportPlan.PlannedRow::line).containsExactly(2, 3);
        RegisterInstrument xrd =
                (RegisterInstrument) plan.rows().get(0).commands().get(0);
        RecordCalibration certificate =
                (RecordCalibration) plan.rows().get(0).commands().get(1);
        assertThat(xrd.kind()).isEqualTo(InstrumentKind.XRD);
        assertThat(xrd.serialNumber()).isEqualTo("SN-77");
        assertThat(certificate.instrumentId()).isEqualTo(xrd.instrumentId());
        assertThat(certificate.issuedAt()).isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
        assertThat(certificate.expiresAt()).isEqualTo(Instant.parse("2027-03-31T00:00:00Z"));
        assertThat(certificate.performedBy()).isEqualTo("Acme Metrology");
        assertThat(plan.rows().get(1).commands()).hasSize(1);
        assertThat(plan.commands()).hasSize(3);
    }

    @Test
    void aCertificateGivenInPartOrExpiringBeforeItWasIssuedIsRefusedOnItsLine() {
        ImportPlan.Refused refused = Plans.refused(LabRecordKind.INSTRUMENTS, """
                name,kind,certificate_number,calibrated_on,expires_on
                XRD-02,XRD,CAL-1,2026-03-31,
                SEM-04,SEM,CAL-2,2026-03-31,2026-01-01
                """);

        assertThat(refused.errors())
                .extracting(RowError::describe)
                .containsExactly(
                        "Line 2, expires_on: A certificate needs its number, issue and expiry dates",
                        "Line 3, expires_on: The certificate expires on or before it was issued");
    }
}
