package lab.spectra.server.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON read back with its numbers exact: audit chain format 2 hashes the decimal a number is
 * stored as, which a double cannot always hold (0.1000000000000000055511151231257827 is not 0.1).
 */
public final class ExactJson {

    private ExactJson() {}

    public static ObjectMapper reader(ObjectMapper domain) {
        return domain.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
