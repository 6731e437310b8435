package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class AResultsMethodIsItsAlgorithmOrManualTest {

    @Test
    void aDerivedResultNamesItsAlgorithmAndVersion() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("algorithm", "iv-slope-resistance").put("algorithm_version", 1);

        assertThat(RunReportParts.methodOf(payload)).isEqualTo("iv-slope-resistance v1");
    }

    @Test
    void aResultWithoutANamedAlgorithmIsManual() {
        ObjectNode notText = JsonNodeFactory.instance.objectNode();
        notText.put("algorithm", 7);

        assertThat(RunReportParts.methodOf(null)).isEqualTo("manual");
        assertThat(RunReportParts.methodOf(JsonNodeFactory.instance.objectNode()))
                .isEqualTo("manual");
        assertThat(RunReportParts.methodOf(notText)).isEqualTo("manual");
    }
}
