package lab.spectra.model.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical text of a JSON value in audit chain format 2, written exactly as the database's
 * {@code spectra_canonical_json} writes it, because PostgreSQL computes the hash of each entry it
 * appends and the verifier recomputes it here:
 * <ul>
 *   <li>no white space; object members sorted by their names' Unicode code points (the byte order
 *       of UTF-8, PostgreSQL's {@code COLLATE "C"});</li>
 *   <li>strings escaped as PostgreSQL escapes them: {@code \"}, {@code \\}, {@code \b \f \n \r \t},
 *       other control characters as a backslash, {@code u} and four lower-case hex digits,
 *       everything else as it is;</li>
 *   <li>numbers as their exact decimal value, without trailing zeros, in plain notation
 *       ({@code 1.50} is {@code 1.5}, {@code 1e2} is {@code 100}, {@code 1E-7} is
 *       {@code 0.0000001}), so that two different numbers never share a text and one number never
 *       has two.</li>
 * </ul>
 * Read numbers back from the database exactly (as {@link BigDecimal}, not as doubles) before
 * writing them here, or the text is that of a nearby number.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** The canonical text; {@code null} and JSON null are both {@code null}. */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(out, node);
        return out.toString();
    }

    /** A JSON string literal, escaped as PostgreSQL's {@code to_jsonb(text)::text} does. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(out, text);
        return out.toString();
    }

    /** A number's canonical text: its exact decimal value, plain, without trailing zeros. */
    public static String number(JsonNode node) {
        BigDecimal value;
        if (node.isBigDecimal() || node.isIntegralNumber()) {
            value = node.decimalValue();
        } else {
            // A double or float: the decimal it is written as, which is what a database stores.
            try {
                value = new BigDecimal(node.asText());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a JSON number: " + node.asText(), e);
            }
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void append(StringBuilder out, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            node.properties().forEach(members::add);
            members.sort((left, right) -> compareCodePoints(left.getKey(), right.getKey()));
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                quote(out, members.get(i).getKey());
                out.append(':');
                append(out, members.get(i).getValue());
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, node.get(i));
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(number(node));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isTextual()) {
            quote(out, node.textValue());
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + node.getNodeType());
        }
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00")
                                .append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Unicode code point order, which is the byte order of the names' UTF-8 form. */
    static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }
}
