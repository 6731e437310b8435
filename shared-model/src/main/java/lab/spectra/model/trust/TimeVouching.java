package lab.spectra.model.trust;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.RejectionCode;

/**
 * How far the server believes a command's authored time (ADR 0012). The bench asserts; the
 * server decides: only the impossible is refused, what is plausible is judged at the authored
 * time, and what the server cannot vouch for is applied and flagged for review - a measurement is
 * never thrown away for syncing late, and never slips past a lockout unseen.
 */
public final class TimeVouching {

    /** How far ahead of the server's clock a bench's clock may run. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** How long after its time receipt a command's authored time is vouched for, unless the organization says otherwise. */
    public static final Duration DEFAULT_OFFLINE_WINDOW = Duration.ofDays(7);

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The server's view of a command's time. */
    public sealed interface Verdict {}

    /** The command cannot have been made when it says. */
    public record Impossible(RejectionCode code, String message) implements Verdict {}

    /**
     * The time the command is judged at, and what about it needs a person's review.
     *
     * @param judgedAt the authored time when vouched for, else the server's receive time
     */
    public record Vouched(Instant judgedAt, List<ReviewFlag> flags) implements Verdict {
        public Vouched {
            Objects.requireNonNull(judgedAt, "judgedAt");
            flags = List.copyOf(flags);
        }
    }

    private TimeVouching() {}

    /**
     * @param signed        whether the command's signature was verified against its author's key;
     *                      an unsigned command is judged like a REST write, at {@code receivedAt}
     * @param receipt       the command's time receipt, verified as issued to its workstation; empty
     *                      when it carried none
     * @param offlineWindow the organization's offline window
     */
    public static Verdict judge(
            CommandMeta meta,
            boolean signed,
            Optional<TimeReceipt> receipt,
            Instant receivedAt,
            Duration offlineWindow) {
        Instant authored = meta.authoredAt();
        if (!signed) {
            return new Vouched(receivedAt, List.of());
        }
        if (authored.isAfter(receivedAt.plus(CLOCK_SKEW))) {
            return new Impossible(
                    RejectionCode.CLOCK_AHEAD,
                    "This change is dated " + WHEN.format(authored) + ", after the server received it ("
                            + WHEN.format(receivedAt) + "); check the workstation's clock");
        }
        List<ReviewFlag> flags = new ArrayList<>();
        if (receipt.isEmpty()) {
            flags.add(new ReviewFlag(
                    ReviewFlag.NO_TIME_RECEIPT,
                    "Made on " + WHEN.format(authored) + " by a workstation that had no time receipt from the"
                            + " server; the time is the workstation's word"));
            return new Vouched(authored, flags);
        }
        Instant floor = receipt.get().time();
        if (authored.isBefore(floor)) {
            return new Impossible(
                    RejectionCode.IMPOSSIBLE_TIME,
                    "This change is dated " + WHEN.format(authored) + ", before " + WHEN.format(floor)
                            + ", when its workstation had already heard from the server; it cannot have been"
                            + " made then");
        }
        if (Duration.between(floor, authored).compareTo(offlineWindow) > 0) {
            flags.add(new ReviewFlag(
                    ReviewFlag.OFFLINE_WINDOW_EXCEEDED,
                    "Made on " + WHEN.format(authored) + ", "
                            + Duration.between(floor, authored).toDays()
                            + " days after its workstation last heard from the server (" + WHEN.format(floor)
                            + "), longer than the lab's offline window of " + offlineWindow.toDays()
                            + " days; the time is the workstation's word"));
        }
        return new Vouched(authored, flags);
    }
}
