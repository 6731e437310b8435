package lab.spectra.desktop.notebook.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.model.eln.Signature;

/**
 * How the author of a signature learns that someone else's edit voided it (21 CFR §11.70 keeps the
 * signature bound to what it covered; the signer must know the record changed): the launch notice
 * names the entry, who voided it, when and why, for voids of the last two weeks that the signer has
 * not answered by signing the new version with the same meaning.
 */
public final class VoidedSignatureNotices {

    /** Long enough to cover a holiday away from the bench, short enough not to nag forever. */
    public static final Duration WINDOW = Duration.ofDays(14);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneId.systemDefault());

    /** What the notice needs to know about the entries and people it names. */
    public interface Names {
        String entryTitle(UUID entryId);

        String person(UUID userId);

        /** The signatures now on the entry, to see whether the signer signed the new version. */
        List<Signature> signaturesOf(UUID entryId);
    }

    private final Function<UUID, List<Signature>> voidedByOthers;
    private final Names names;
    private final Clock clock;

    public VoidedSignatureNotices(Function<UUID, List<Signature>> voidedByOthers, Names names, Clock clock) {
        this.voidedByOthers = voidedByOthers;
        this.names = names;
        this.clock = clock;
    }

    /** The lines for the launch notice; runs off the JavaFX thread. */
    public List<String> evaluate(CurrentUser viewer) {
        Instant since = clock.instant().minus(WINDOW);
        return voidedByOthers.apply(viewer.userId()).stream()
                .filter(signature ->
                        signature.voidedAt() != null && signature.voidedAt().isAfter(since))
                .filter(signature -> !signedAgain(signature))
                .map(this::line)
                .toList();
    }

    private boolean signedAgain(Signature voided) {
        return names.signaturesOf(voided.recordId()).stream()
                .anyMatch(other -> other.valid()
                        && other.signerId().equals(voided.signerId())
                        && other.meaning() == voided.meaning());
    }

    private String line(Signature signature) {
        return "Your signature (" + signature.meaning().name().toLowerCase(Locale.ROOT) + ") on \""
                + names.entryTitle(signature.recordId()) + "\" was voided on " + DAY.format(signature.voidedAt())
                + (signature.voidedBy() == null ? "" : " by " + names.person(signature.voidedBy()))
                + (signature.voidReason() == null ? "" : ": " + signature.voidReason())
                + ". Read the new version and sign it if it still holds.";
    }
}
