package lab.spectra.model.protocol;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which version of the sync protocol a bench and a server speak (issue 22), and the one rule that
 * decides whether they can talk, used by both sides so that the bench and the server say the same
 * words. A bench names its version on every request ({@value #BENCH_HEADER}); a server names the
 * versions it accepts on every answer ({@value #SERVER_HEADER}, e.g. {@code 1-2}). Benches from
 * before versioning name none: they speak {@value #UNVERSIONED}, whose bodies version 2 keeps.
 * A bench too old is told to update and a bench too new waits for its server; in both cases no
 * command is read, decided or refused: the bench's queue stays as it is.
 */
public final class SyncProtocol {

    public static final String BENCH_HEADER = "Spectra-Sync-Protocol";
    public static final String SERVER_HEADER = "Spectra-Sync-Protocols";
    /** Benches before versioning: the same bodies as version 2, no header. */
    public static final int UNVERSIONED = 1;
    /** Version 2: the bench names its version; the server names the versions it accepts. */
    public static final int NAMED = 2;
    /**
     * Version 3: a push's answer carries a signed decision receipt, and a push may carry receipts
     * of commands sent again after a restore (ADR 0040). The bodies of 2 otherwise.
     */
    public static final int DECISION_RECEIPTS = 3;
    /** What this release speaks. */
    public static final int CURRENT = DECISION_RECEIPTS;

    public static final String BENCH_TOO_OLD = "bench_update_required";
    public static final String SERVER_TOO_OLD = "server_update_required";

    private SyncProtocol() {}

    /** The versions a server accepts, oldest to newest. */
    public record Range(int oldestAccepted, int newest) {
        public Range {
            if (oldestAccepted < UNVERSIONED || newest < oldestAccepted) {
                throw new IllegalArgumentException(
                        "Sync protocol versions " + oldestAccepted + "-" + newest + " are not a range of versions");
            }
        }

        /** What this code speaks, accepting benches from {@code oldestAccepted} on. */
        public static Range upTo(int oldestAccepted) {
            if (oldestAccepted > CURRENT) {
                throw new IllegalArgumentException("This server speaks sync protocol up to " + CURRENT
                        + "; it cannot require benches of protocol " + oldestAccepted);
            }
            return new Range(oldestAccepted, CURRENT);
        }

        public String header() {
            return oldestAccepted + "-" + newest;
        }

        /** A server's header read back; empty when it is missing or not a range (a server before versioning). */
        public static Optional<Range> parse(String header) {
            if (header == null) {
                return Optional.empty();
            }
            int dash = header.indexOf('-');
            OptionalInt oldest = dash < 0 ? OptionalInt.empty() : version(header.substring(0, dash));
            OptionalInt newest = dash < 0 ? OptionalInt.empty() : version(header.substring(dash + 1));
            if (oldest.isEmpty() || newest.isEmpty() || newest.getAsInt() < oldest.getAsInt()) {
                return Optional.empty();
            }
            return Optional.of(new Range(oldest.getAsInt(), newest.getAsInt()));
        }
    }

    /** What a bench's version means to a server. */
    public sealed interface Verdict permits Speaks, BenchTooOld, ServerTooOld {}

    public record Speaks() implements Verdict {}

    public record BenchTooOld(int bench, Range server) implements Verdict {
        public String message() {
            return "This bench speaks sync protocol " + bench + " and the lab's server accepts "
                    + server.oldestAccepted()
                    + " and newer: install the lab's current SPECTRA-Lab on this PC. The changes waiting here are kept"
                    + " and sent after the update";
        }
    }

    public record ServerTooOld(int bench, Range server) implements Verdict {
        public String message() {
            return "The lab's server speaks sync protocol up to " + server.newest() + " and this bench " + bench
                    + ": the changes waiting here are kept and sent once the server is updated";
        }
    }

    public static Verdict judge(int bench, Range server) {
        if (bench < server.oldestAccepted()) {
            return new BenchTooOld(bench, server);
        }
        if (bench > server.newest()) {
            return new ServerTooOld(bench, server);
        }
        return new Speaks();
    }

    /**
     * A bench's header read: absent is {@value #UNVERSIONED}; anything but a plain positive number
     * is empty (malformed).
     */
    public static OptionalInt benchVersion(String header) {
        return header == null ? OptionalInt.of(UNVERSIONED) : version(header);
    }

    private static OptionalInt version(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 6 || !trimmed.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int version = Integer.parseInt(trimmed);
        return version < 1 ? OptionalInt.empty() : OptionalInt.of(version);
    }
}
