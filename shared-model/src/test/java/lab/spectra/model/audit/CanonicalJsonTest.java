package lab.spectra.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The canonical text of chain format 2 is the one PostgreSQL's {@code spectra_canonical_json}
 * writes; the expected texts here are what PostgreSQL 15 printed for the same input.
 */
class CanonicalJsonTest {

    private static final ObjectMapper EXACT =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static String canonical(String json) throws Exception {
        JsonNode node = EXACT.readTree(json);
        return CanonicalJson.write(node);
    }

    @Test
    void membersAreSortedByCodePointWithoutWhiteSpace() throws Exception {
        assertThat(canonical("{\"b\": 1, \"a\": [], \"é\": null, \"z\": true, \"Z\": {}, \"\": []}"))
                .isEqualTo("{\"\":[],\"Z\":{},\"a\":[],\"b\":1,\"z\":true,\"é\":null}");
    }

    @Test
    void charactersOutsideTheBasicPlaneSortAfterEveryOtherCharacter() throws Exception {
        // UTF-16 would put the emoji's surrogates before U+FF21; UTF-8 bytes and code points do not.
        assertThat(canonical("{\"\uD83D\uDE00\": 1, \"\uFF21\": 2}")).isEqualTo("{\"\uFF21\":2,\"\uD83D\uDE00\":1}");
    }

    @Test
    void numbersAreWrittenAsTheirExactValue() throws Exception {
        assertThat(canonical(
                        "[1.50, 1e17, 1E-7, -0.0, 100, 9007199254740993, 1e2, 0.1000000000000000055511151231257827]"))
                .isEqualTo("[1.5,100000000000000000,0.0000001,0,100,9007199254740993,100,"
                        + "0.1000000000000000055511151231257827]");
    }

    @Test
    void stringsAreEscapedAsPostgresEscapesThem() throws Exception {
        assertThat(canonical("\"x\\\"y\\\\z\\n\\t\\u0001\\u001f\\u007f \\b\\f\\r é \uD83D\uDE00 /\""))
                .isEqualTo("\"x\\\"y\\\\z\\n\\t\\u0001\\u001f\u007f \\b\\f\\r é \uD83D\uDE00 /\"");
    }

    @Test
    void theSameNumberReadAsADoubleOrExactlyHasOneText() throws Exception {
        JsonNode asDouble = new ObjectMapper().readTree("[0.1, 1.0E-7, 1e300]");
        JsonNode exact = EXACT.readTree("[0.1, 1.0E-7, 1e300]");
        assertThat(CanonicalJson.write(asDouble)).isEqualTo(CanonicalJson.write(exact));
    }
}
