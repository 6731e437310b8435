package lab.spectra.model.rundata.importers;

import static lab.spectra.model.rundata.Samples.curves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import lab.spectra.model.rundata.ContentHash;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.PointFlags;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.Series;
import org.junit.jupiter.api.Test;

class KeithleySweepsReadVoltageCurrentAndComplianceTest {

    private final KeithleySweepCsvImporter importer = new KeithleySweepCsvImporter();

    @Test
    void aKeithley2400SweepReadsItsNamedColumnsAndTheComplianceBitOfTheStatusWord() {
        byte[] file = Samples.bytes("keithley-2400-resistor-sweep.csv");

        ImportedData.Curves curves = curves(importer.parse(file));

        assertThat(curves.parser()).hasToString("keithley-24xx-csv v1");
        assertThat(curves.sourceSha256()).isEqualTo(ContentHash.sha256(file));
        Series sweep = curves.first();
        assertThat(sweep.size()).isEqualTo(21);
        assertThat(sweep.x().axis()).isEqualTo(KeithleySweepCsvImporter.VOLTAGE);
        assertThat(sweep.x().get(3)).isEqualTo(-0.7);
        assertThat(sweep.trace("current").orElseThrow().get(3)).isEqualTo(-6.997603e-3);
        assertThat(sweep.trace("time").orElseThrow().get(0)).isEqualTo(2.167733e-2);
        PointFlags compliance = sweep.flag(PointFlags.COMPLIANCE).orElseThrow();
        assertThat(compliance.count()).isEqualTo(5);
        assertThat(compliance.isSet(0)).isTrue();
        assertThat(compliance.isSet(2)).isFalse();
        assertThat(curves.metadata())
                .containsEntry("Sample", "S-2026-0147 test resistor R4")
                .containsEntry("Compliance (A)", "8.000000E-03")
                .containsEntry("ignored_columns", "Resistance (Ohm)");
    }

    @Test
    void aKeithley2450ReadingBufferTakesVoltageAndCurrentFromTheirUnitsAndComplianceFromTheSourceStatus() {
        ImportedData.Curves curves = curves(importer.parse(Samples.bytes("keithley-2450-diode-sweep.csv")));

        Series sweep = curves.first();
        assertThat(sweep.size()).isEqualTo(45);
        assertThat(sweep.x().get(0)).isEqualTo(-1.0);
        assertThat(sweep.x().get(44)).isEqualTo(1.2);
        assertThat(sweep.trace("current").orElseThrow().get(40)).isEqualTo(1.389140e-3);
        assertThat(sweep.trace("time").orElseThrow().get(0)).isEqualTo(0.041256);
        PointFlags limited = sweep.flag(PointFlags.COMPLIANCE).orElseThrow();
        assertThat(limited.count()).isEqualTo(3);
        assertThat(limited.isSet(42)).isTrue();
        assertThat(limited.isSet(41)).isFalse();
        assertThat(curves.metadata()).containsEntry("layout", "2450 reading buffer");
    }

    @Test
    void unitsInTheHeaderAreConvertedToVoltsAndAmps() {
        String csv = "Voltage (mV),Current (uA)\r\n100,2.5\r\n200,5\r\n";

        Series sweep =
                curves(importer.parse(csv.getBytes(StandardCharsets.UTF_8))).first();

        assertThat(sweep.x().get(1)).isCloseTo(0.2, within(1e-15));
        assertThat(sweep.trace("current").orElseThrow().get(0)).isCloseTo(2.5e-6, within(1e-20));
        assertThat(sweep.flag(PointFlags.COMPLIANCE).orElseThrow().count()).isZero();
    }

    @Test
    void aSourceCurrentSweepOnThe2450PutsTheMeasuredVoltageOnX() {
        String csv = "Reading,Unit,Source,Source Unit\r\n0.5,Volt DC,0.001,Amp DC\r\n1.0,Volt DC,0.002,Amp DC\r\n";

        Series sweep =
                curves(importer.parse(csv.getBytes(StandardCharsets.UTF_8))).first();

        assertThat(sweep.x().toArray()).containsExactly(0.5, 1.0);
        assertThat(sweep.trace("current").orElseThrow().toArray()).containsExactly(0.001, 0.002);
    }
}
