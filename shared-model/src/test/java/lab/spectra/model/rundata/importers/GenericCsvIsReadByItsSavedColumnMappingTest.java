package lab.spectra.model.rundata.importers;

import static lab.spectra.model.rundata.Samples.curves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.Series;
import org.junit.jupiter.api.Test;

class GenericCsvIsReadByItsSavedColumnMappingTest {

    private static final ColumnMapping GERMAN_UV_VIS = ColumnMapping.fromJson(
            new String(Samples.bytes("uvvis-reflectance-de.mapping.json"), StandardCharsets.UTF_8));

    @Test
    void aSemicolonTableWithDecimalCommasReadsTheMappedColumnsWithTheirNamesAndUnits() {
        ImportedData.Curves curves =
                curves(new GenericCsvImporter(GERMAN_UV_VIS).parse(Samples.bytes("uvvis-reflectance-de.csv")));

        assertThat(curves.parser()).hasToString("generic-csv v1");
        Series data = curves.first();
        assertThat(data.size()).isEqualTo(351);
        assertThat(data.x().axis().toString()).isEqualTo("wavelength [nm]");
        assertThat(data.x().get(0)).isEqualTo(250.0);
        assertThat(data.trace("reflectance").orElseThrow().get(0)).isEqualTo(8.005);
        assertThat(data.trace("transmittance").orElseThrow().get(0)).isEqualTo(77.058);
        assertThat(curves.metadata())
                .containsEntry("header_2", "Wellenl\u00e4nge (nm);%R;%T")
                .containsEntry("column_mapping", GERMAN_UV_VIS.toJson());
    }

    @Test
    void aMappingSurvivesItsJsonRoundTripAsARecipeWouldStoreIt() {
        ColumnMapping mapping = new ColumnMapping(
                ColumnMapping.Delimiter.TAB,
                ColumnMapping.DecimalSeparator.POINT,
                1,
                "#",
                new ColumnMapping.Column(2, "energy", "eV"),
                List.of(new ColumnMapping.Column(4, "absorbance", "")));

        assertThat(ColumnMapping.fromJson(mapping.toJson())).isEqualTo(mapping);
        assertThat(ColumnMapping.fromJsonNode(mapping.toJsonNode())).isEqualTo(mapping);
        assertThat(mapping.toJson()).contains("\"delimiter\":\"tab\"", "\"header_rows\":1");
    }

    @Test
    void aMappingThatMapsOneColumnTwiceIsRefusedWithTheReason() {
        String json = "{\"delimiter\":\"comma\",\"decimal_separator\":\"point\",\"header_rows\":0,"
                + "\"comment_prefix\":\"\",\"x\":{\"column\":1,\"name\":\"t\",\"unit\":\"s\"},"
                + "\"y\":[{\"column\":1,\"name\":\"v\",\"unit\":\"V\"}]}";

        assertThatThrownBy(() -> ColumnMapping.fromJson(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid column mapping: Column 1 is mapped twice");
    }

    @Test
    void aMappingWithAnUnknownFieldIsRefusedRatherThanHalfRead() {
        String json = GERMAN_UV_VIS.toJson().replace("{\"delimiter\"", "{\"sheet\":2,\"delimiter\"");

        assertThatThrownBy(() -> ColumnMapping.fromJson(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheet");
    }
}
