package lab.spectra.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The product's mapper writes instants with a serializer of its own (issue 19: the general
 * formatter was a tenth of encoding a page of samples). Its text must be exactly what the
 * Java-time module wrote before, for every instant: the wire format, stored JSON and the audit
 * chain's hashed text depend on it.
 */
class InstantsAreWrittenAsTheJavaTimeModuleWritesThemTest {

    private final ObjectMapper product = DomainJson.newMapper();
    private final ObjectMapper javaTimeModule = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Test
    void edgeInstantsAreWrittenTheSame() throws Exception {
        List<Instant> instants = List.of(
                Instant.EPOCH,
                Instant.ofEpochSecond(-1),
                Instant.ofEpochSecond(0, 1),
                Instant.parse("2024-02-29T23:59:59.999999999Z"),
                Instant.parse("2026-11-30T23:15:00Z"),
                Instant.parse("2026-11-30T23:15:00.120Z"),
                Instant.parse("2026-11-30T23:15:00.123456Z"),
                Instant.parse("2026-11-30T23:15:00.000001Z"),
                Instant.parse("2026-11-30T23:15:00.100000001Z"),
                Instant.parse("1900-03-01T00:00:00Z"),
                Instant.parse("2000-02-29T12:00:00Z"),
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.MIN,
                Instant.MAX);
        for (Instant instant : instants) {
            assertThat(product.writeValueAsString(instant))
                    .as("%s", instant)
                    .isEqualTo(javaTimeModule.writeValueAsString(instant));
        }
    }

    @Test
    void instantsOfEveryKindOfPrecisionAcrossTheCenturiesAreWrittenTheSame() throws Exception {
        Random random = new Random(19);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        int[] precisions = {1_000_000_000, 1_000_000, 1000, 1};
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            long seconds = from + (long) (random.nextDouble() * (to - from));
            int unit = precisions[i % precisions.length];
            int nanos = unit == 1_000_000_000 ? 0 : random.nextInt(1_000_000_000 / unit) * unit;
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        assertThat(product.writeValueAsString(instants)).isEqualTo(javaTimeModule.writeValueAsString(instants));
    }
}
