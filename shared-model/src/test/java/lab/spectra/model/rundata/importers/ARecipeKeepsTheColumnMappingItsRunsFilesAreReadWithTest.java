package lab.spectra.model.rundata.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import lab.spectra.model.rundata.Samples;
import org.junit.jupiter.api.Test;

class ARecipeKeepsTheColumnMappingItsRunsFilesAreReadWithTest {

    private static final ColumnMapping GERMAN_UV_VIS = ColumnMapping.fromJson(
            new String(Samples.bytes("uvvis-reflectance-de.mapping.json"), StandardCharsets.UTF_8));

    @Test
    void aMappingSavedInTheParametersIsReadBackAndTheOtherParametersStay() {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("integration_time_ms", 100);

        ObjectNode saved = RecipeColumnMapping.savedIn(parameters, GERMAN_UV_VIS);

        assertThat(RecipeColumnMapping.of(saved)).contains(GERMAN_UV_VIS);
        assertThat(saved.get("integration_time_ms").asInt()).isEqualTo(100);
        assertThat(parameters.has(RecipeColumnMapping.PARAMETER)).isFalse();
    }

    @Test
    void aRecipeWithoutAMappingHasNone() {
        assertThat(RecipeColumnMapping.of(JsonNodeFactory.instance.objectNode().put("start_v", -1)))
                .isEmpty();
        assertThat(RecipeColumnMapping.of(null)).isEmpty();
    }

    @Test
    void aMappingThatIsNotAnObjectIsRefusedWithTheParameterNamed() {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put(RecipeColumnMapping.PARAMETER, "x=1");

        assertThatThrownBy(() -> RecipeColumnMapping.of(parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid column mapping: data_columns must be an object");
    }

    @Test
    void anInvalidSavedMappingIsRefusedWithItsReason() {
        ObjectNode parameters = RecipeColumnMapping.savedIn(JsonNodeFactory.instance.objectNode(), GERMAN_UV_VIS);
        ((ObjectNode) parameters.get(RecipeColumnMapping.PARAMETER)).put("header_rows", -3);

        assertThatThrownBy(() -> RecipeColumnMapping.of(parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Header rows must be between 0 and");
    }
}
