package lab.spectra.server.sync;

import java.util.Optional;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.trust.CommandSeals;

/**
 * The form of a pushed command's evidence, checked before anything is decided: a push with a
 * malformed signature, chain position or receipt is bad input and is refused whole, writing
 * nothing. Whether well-formed evidence holds is decided per command (ADR 0012).
 */
final class PushEvidenceShape {

    private static final int MAX_JWS_CHARS = 4096;

    private PushEvidenceShape() {}

    /** What is wrong with the command's evidence, in words, or empty when it is well-formed. */
    static Optional<String> problem(Command command) {
        CommandMeta meta = command.meta();
        String id = meta.commandId().toString();
        if (meta.timeReceipt() != null && !compactJws(meta.timeReceipt())) {
            return Optional.of("Change " + id + ": time_receipt is not a signed statement");
        }
        boolean anyChainField = meta.keyId() != null
                || meta.sequence() != null
                || meta.previousHash() != null
                || meta.signature() != null;
        if (!anyChainField) {
            return Optional.empty();
        }
        if (meta.keyId() == null
                || meta.sequence() == null
                || meta.previousHash() == null
                || meta.signature() == null) {
            return Optional.of(
                    "Change " + id + ": a signed change needs key_id, sequence, previous_hash and signature together");
        }
        // A control character (a NUL above all) is no key id, and PostgreSQL cannot even look it up.
        if (meta.keyId().isBlank()
                || meta.keyId().length() > 64
                || meta.keyId().chars().anyMatch(Character::isISOControl)) {
            return Optional.of("Change " + id + ": key_id must be a key id of at most 64 printable characters");
        }
        if (meta.sequence() < 1) {
            return Optional.of("Change " + id + ": sequence must be 1 or more");
        }
        if (!CommandSeals.isHash(meta.previousHash())) {
            return Optional.of("Change " + id + ": previous_hash must be 64 lower-case hex digits");
        }
        if (!compactJws(meta.signature())) {
            return Optional.of("Change " + id + ": signature is not a JWS in compact form");
        }
        return Optional.empty();
    }

    private static boolean compactJws(String text) {
        if (text.length() > MAX_JWS_CHARS) {
            return false;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(PushEvidenceShape::base64UrlCharacter)) {
                return false;
            }
        }
        return true;
    }

    private static boolean base64UrlCharacter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
