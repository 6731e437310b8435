package lab.spectra.server.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import lab.spectra.model.protocol.CommandResult;

/**
 * Whether two answers say the same. A kept answer comes back from PostgreSQL's jsonb, which
 * keeps a number's value but not how it was written ({@code 1.5E7} returns as {@code 15000000}):
 * numbers are compared by value, everything else exactly.
 */
final class Answers {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (left, right) -> {
        if (left.isNumber() && right.isNumber()) {
            boolean finite = Double.isFinite(left.doubleValue()) && Double.isFinite(right.doubleValue());
            return finite
                    ? left.decimalValue().compareTo(right.decimalValue())
                    : Double.compare(left.doubleValue(), right.doubleValue());
        }
        return left.equals(right) ? 0 : 1;
    };

    private Answers() {}

    static boolean same(ObjectMapper mapper, CommandResult one, CommandResult other) {
        JsonNode left = mapper.valueToTree(one);
        JsonNode right = mapper.valueToTree(other);
        return left.equals(NUMBERS_BY_VALUE, right);
    }
}
