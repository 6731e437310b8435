package lab.spectra.model.command;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Small vocabulary for writing command checks as a list of rules, first failure wins. Each rule
 * is a supplier so that later rules (which may read the state) run only when earlier ones pass.
 */
public final class Checks {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private Checks() {}

    @SafeVarargs
    public static Decision inOrder(Supplier<Optional<Rejected>>... rules) {
        for (Supplier<Optional<Rejected>> rule : rules) {
            Optional<Rejected> rejection = rule.get();
            if (rejection.isPresent()) {
                return rejection.get();
            }
        }
        return Decision.ACCEPTED;
    }

    /** The rejection if there is one, otherwise accepted. */
    public static Decision decide(Optional<Rejected> rejection) {
        return rejection.<Decision>map(rejected -> rejected).orElse(Decision.ACCEPTED);
    }

    public static Optional<Rejected> pass() {
        return Optional.empty();
    }

    public static Optional<Rejected> fail(RejectionCode code, String message) {
        return Optional.of(new Rejected(code, message));
    }

    public static Optional<Rejected> failIf(boolean condition, RejectionCode code, String message) {
        return condition ? fail(code, message) : pass();
    }

    /** A required piece of text: present, not blank, not longer than {@code maxLength}. */
    public static Optional<Rejected> requiredText(String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return fail(RejectionCode.INVALID_INPUT, label + " is required");
        }
        return optionalText(label, value, maxLength);
    }

    /** A signed content hash as people and benches send it: a SHA-256 in 64 hexadecimal digits, either case. */
    public static Optional<Rejected> sha256Hex(String label, String value) {
        return failIf(
                !SHA256_HEX.matcher(value).matches(),
                RejectionCode.INVALID_INPUT,
                label + " must be a SHA-256 in 64 hexadecimal digits");
    }

    public static Optional<Rejected> optionalText(String label, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            return fail(RejectionCode.INVALID_INPUT, label + " is longer than " + maxLength + " characters");
        }
        return pass();
    }

    public static Optional<Rejected> required(String label, Object value) {
        return value == null ? fail(RejectionCode.INVALID_INPUT, label + " is required") : pass();
    }

    public static Rejected notFound(String what) {
        return new Rejected(RejectionCode.NOT_FOUND, what + " was not found in this organization");
    }

    public static Rejected alreadyExists(String what) {
        return new Rejected(RejectionCode.ALREADY_EXISTS, what + " with this id already exists");
    }

    /** Text as stored: trimmed, and blank becomes absent. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
