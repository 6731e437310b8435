package lab.spectra.server.lims;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.eln.Countersignatures;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.server.db.Database;
import lab.spectra.server.trust.DeviceKeyStore;

/**
 * The signatures of a notebook entry as people read them (their manifestation, Part 11 §11.50),
 * and the check of one signature: what it covers, by whom, and whether it still holds (§11.70).
 * Reads only, in the viewer's tenant: an entry of another organization is simply not found.
 */
public final class ElnSignatures {

    /** Times are instants in UTC; {@code time_zone} says so, for a manifestation printed as is. */
    public static final String TIME_ZONE = "UTC";

    /**
     * One signature as shown under the entry: printed name, meaning, time with its zone, and, when
     * voided, by whom, when and why.
     */
    public record Manifestation(
            UUID id,
            UUID entryId,
            UUID signerId,
            String printedName,
            SignatureMeaning meaning,
            String contentSha256,
            Long entryRowVersion,
            Instant signedAt,
            String timeZone,
            boolean signedOnWorkstation,
            Instant countersignedAt,
            boolean valid,
            Instant voidedAt,
            UUID voidedBy,
            String voidedByName,
            String voidReason) {}

    /** What a check of a stored signature part found. */
    public enum Check {
        VERIFIES,
        FAILS,
        ABSENT
    }

    /**
     * @param deviceSignature  the signer's device signature, checked with the key it names (a
     *                         retired key still verifies what it signed; whether it was current when
     *                         signing was decided when the server accepted it)
     * @param countersignature the server's countersignature, checked with its published record keys
     * @param contentUnchanged whether the entry's content still has the signed hash
     * @param holds            valid (not voided), content unchanged, countersigned and no part fails
     */
    public record Verification(
            UUID signatureId,
            UUID entryId,
            String contentSha256,
            Long entryRowVersion,
            String currentContentSha256,
            long currentRowVersion,
            UUID signerId,
            String printedName,
            SignatureMeaning meaning,
            Instant signedAt,
            Instant countersignedAt,
            Instant voidedAt,
            String timeZone,
            String deviceKeyId,
            Check deviceSignature,
            Check countersignature,
            boolean contentUnchanged,
            boolean holds) {}

    private final Database database;
    private final ObjectMapper mapper;
    private final PublicKeys serverKeys;

    public ElnSignatures(Database database, ObjectMapper mapper, PublicKeys serverKeys) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.serverKeys = Objects.requireNonNull(serverKeys, "serverKeys");
    }

    /** Every signature of the entry, valid and voided, oldest first; empty when there is no such entry. */
    public Optional<List<Manifestation>> of(UserAccount viewer, UUID entryId) {
        return database.inTenant(viewer.organizationId(), connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, viewer.organizationId(), mapper);
            if (state.elnEntry(entryId).isEmpty()) {
                return Optional.<List<Manifestation>>empty();
            }
            return Optional.of(state.signaturesOf(ElnEntry.RECORD_TABLE, entryId).stream()
                    .map(signature -> manifestation(state, signature))
                    .toList());
        });
    }

    /** The check of one signature of the entry; empty when either is not found. */
    public Optional<Verification> verify(UserAccount viewer, UUID entryId, UUID signatureId) {
        return database.inTenant(viewer.organizationId(), connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, viewer.organizationId(), mapper);
            Optional<ElnEntry> entry = state.elnEntry(entryId);
            Optional<Signature> found = state.signature(signatureId)
                    .filter(signature -> signature.recordTable().equals(ElnEntry.RECORD_TABLE))
                    .filter(signature -> signature.recordId().equals(entryId));
            if (entry.isEmpty() || found.isEmpty()) {
                return Optional.<Verification>empty();
            }
            Signature signature = found.get();
            Optional<String> keyId = signature.deviceSignature() == null
                    ? Optional.empty()
                    : DeviceSignatures.keyIdOf(signature.deviceSignature());
            Check device;
            if (signature.deviceSignature() == null) {
                device = Check.ABSENT;
            } else {
                Optional<DeviceKeyStore.DeviceKey> key = keyId.isEmpty()
                        ? Optional.empty()
                        : DeviceKeyStore.find(connection, viewer.organizationId(), keyId.get());
                device = key.isPresent()
                                && key.get().userId().equals(signature.signerId())
                                && DeviceSignatures.verifies(
                                        signature.deviceSignature(),
                                        signature.payload(),
                                        key.get().publicKey())
                        ? Check.VERIFIES
                        : Check.FAILS;
            }
            Check counter = signature.countersignature() == null
                    ? Check.ABSENT
                    : Countersignatures.verifies(
                                    signature.countersignature(),
                                    signature.payload(),
                                    signature.deviceSignature(),
                                    signature.countersignedAt(),
                                    serverKeys)
                            ? Check.VERIFIES
                            : Check.FAILS;
            String current = SignedContent.sha256(entry.get());
            boolean unchanged = current.equals(signature.contentSha256());
            boolean holds = signature.valid()
                    && unchanged
                    && entry.get().deletedAt() == null
                    && counter == Check.VERIFIES
                    && device != Check.FAILS;
            return Optional.of(new Verification(
                    signature.id(),
                    entryId,
                    signature.contentSha256(),
                    signature.recordRowVersion(),
                    current,
                    entry.get().rowVersion(),
                    signature.signerId(),
                    signature.signerName(),
                    signature.meaning(),
                    signature.signedAt(),
                    signature.countersignedAt(),
                    signature.voidedAt(),
                    TIME_ZONE,
                    keyId.orElse(null),
                    device,
                    counter,
                    unchanged,
                    holds));
        });
    }

    private static Manifestation manifestation(JdbcDomainState state, Signature signature) {
        String voidedByName = signature.voidedBy() == null
                ? null
                : state.user(signature.voidedBy()).map(UserAccount::displayName).orElse(null);
        return new Manifestation(
                signature.id(),
                signature.recordId(),
                signature.signerId(),
                signature.signerName(),
                signature.meaning(),
                signature.contentSha256(),
                signature.recordRowVersion(),
                signature.signedAt(),
                TIME_ZONE,
                signature.deviceSignature() != null,
                signature.countersignedAt(),
                signature.valid(),
                signature.voidedAt(),
                signature.voidedBy(),
                voidedByName,
                signature.voidReason());
    }
}
