package lab.spectra.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The product's mapper reads instants of its own shape without the general formatter (issue 19:
 * a fifth of an initial load's work on the bench). For every text, what it reads, or that it
 * refuses, must be what the Java-time module does: pushes, pulls and stored JSON depend on it.
 */
class InstantsAreReadAsTheJavaTimeModuleReadsThemTest {

    private final ObjectMapper product = DomainJson.newMapper();
    /** The module as the product configures it: no coercion of scalars (an empty text is not "no instant"). */
    private final ObjectMapper javaTimeModule = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    @Test
    void instantsOfEveryPrecisionAcrossTheCenturiesAreReadAsWritten() throws Exception {
        Random random = new Random(1919);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            long seconds = from + (long) (random.nextDouble() * (to - from));
            int digits = i % 10;
            int nanos = 0;
            if (digits > 0) {
                int unit = (int) Math.pow(10, 9 - digits);
                nanos = random.nextInt(1_000_000_000 / unit) * unit;
            }
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            String json = '"' + instant.toString() + '"';
            assertThat(product.readValue(json, Instant.class)).as(json).isEqualTo(instant);
        }
    }

    @Test
    void fractionsOfAnyLengthAndTheCalendarsEdgesAreReadAsTheModuleReadsThem() throws Exception {
        List<String> texts = List.of(
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59Z",
                "0000-01-01T00:00:00Z",
                "0000-02-29T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "2024-02-29T12:00:00Z",
                "2000-02-29T12:00:00Z",
                "2026-11-30T23:15:00.1Z",
                "2026-11-30T23:15:00.12Z",
                "2026-11-30T23:15:00.1234Z",
                "2026-11-30T23:15:00.12345678Z",
                "2026-11-30T23:15:00.000000001Z");
        for (String text : texts) {
            String json = '"' + text + '"';
            assertThat(product.readValue(json, Instant.class))
                    .as(text)
                    .isEqualTo(javaTimeModule.readValue(json, Instant.class));
        }
    }

    @Test
    void textsOutsideTheProductsShapeGetTheModulesAnswerValueOrRefusal() {
        List<String> texts = List.of(
                "\"2026-02-29T00:00:00Z\"",
                "\"1900-02-29T00:00:00Z\"",
                "\"2026-13-01T00:00:00Z\"",
                "\"2026-00-10T00:00:00Z\"",
                "\"2026-04-31T00:00:00Z\"",
                "\"2026-11-30T24:00:00Z\"",
                "\"2026-11-30T23:60:00Z\"",
                "\"2026-11-30T23:59:60Z\"",
                "\"2026-11-30T23:15:00.Z\"",
                "\"2026-11-30T23:15:00.1234567890Z\"",
                "\"2026-11-30T23:15:00,5Z\"",
                "\"2026-11-30 23:15:00Z\"",
                "\"2026-11-30t23:15:00z\"",
                "\"2026-11-30T23:15:00+01:00\"",
                "\"+10000-01-01T00:00:00Z\"",
                "\"-0001-12-31T23:59:59Z\"",
                "\"2026-1a-30T23:15:00Z\"",
                "\"\"",
                "\"now\"",
                "1764544500",
                "1764544500.5",
                "null");
        for (String json : texts) {
            assertThat(outcome(product, json)).as(json).isEqualTo(outcome(javaTimeModule, json));
        }
    }

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return "read " + mapper.readValue(json, Instant.class);
        } catch (Exception e) {
            return "refused " + e.getClass().getSimpleName();
        }
    }
}
