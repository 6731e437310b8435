package lab.spectra.desktop.trust;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.trust.IdentitySnapshot;
import lab.spectra.model.trust.TimeReceipt;

/**
 * What this bench believes of the server's signed statements: only what verifies with its trust
 * anchor and was issued to this workstation of this organization.
 */
public final class BenchTrust {

    private static final int REMEMBERED_RECEIPTS = 8;

    private final TrustAnchor anchor;
    private final UUID workstationId;
    private final UUID organizationId;
    private final Map<String, TimeReceipt> verified = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TimeReceipt> eldest) {
            return size() > REMEMBERED_RECEIPTS;
        }
    };

    public BenchTrust(TrustAnchor anchor, UUID workstationId, UUID organizationId) {
        this.anchor = anchor;
        this.workstationId = workstationId;
        this.organizationId = organizationId;
    }

    public UUID workstationId() {
        return workstationId;
    }

    /**
     * The receipt, if it verifies and is this bench's. A receipt is checked again at every sync and
     * every command, and an EC signature check costs milliseconds; the anchor only ever gains keys,
     * so a receipt that verified once verifies for good and the last few are remembered.
     */
    public Optional<TimeReceipt> receipt(String compact) {
        synchronized (verified) {
            TimeReceipt known = verified.get(compact);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<TimeReceipt> receipt = verifiedReceipt(compact);
        receipt.ifPresent(good -> {
            synchronized (verified) {
                verified.put(compact, good);
            }
        });
        return receipt;
    }

    private Optional<TimeReceipt> verifiedReceipt(String compact) {
        return TimeReceipt.verify(compact, anchor)
                .filter(receipt -> receipt.workstationId().equals(workstationId))
                .filter(receipt -> receipt.organizationId().equals(organizationId));
    }

    /**
     * The person's snapshot, checked: signed by the server, for this person, this bench and the
     * device key they hold here.
     *
     * @throws TamperingDetected when it is not
     */
    public IdentitySnapshot snapshot(String compact, UUID userId, String deviceKeyId) {
        if (compact == null) {
            throw new TamperingDetected(
                    "This PC's signed record of who you are is missing; it was removed from the local data");
        }
        return IdentitySnapshot.verify(compact, anchor)
                .filter(snapshot -> snapshot.userId().equals(userId))
                .filter(snapshot -> snapshot.workstationId().equals(workstationId))
                .filter(snapshot -> snapshot.organizationId().equals(organizationId))
                .filter(snapshot -> snapshot.deviceKeyId().equals(deviceKeyId))
                .orElseThrow(() -> new TamperingDetected(
                        "This PC's signed record of who you are does not match its signature or your key;"
                                + " the local data was changed"));
    }
}
