package lab.spectra.desktop.trust;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.trust.IdentitySnapshot;
import lab.spectra.model.trust.TimeReceipt;

/**
 * What this bench believes of the server's signed statements: only what verifies with its trust
 * anchor and was issued to this workstation of this organization.
 */
public final class BenchTrust {

    private final TrustAnchor anchor;
    private final UUID workstationId;
    private final UUID organizationId;

    public BenchTrust(TrustAnchor anchor, UUID workstationId, UUID organizationId) {
        this.anchor = anchor;
        this.workstationId = workstationId;
        this.organizationId = organizationId;
    }

    public UUID workstationId() {
        return workstationId;
    }

    public Optional<TimeReceipt> receipt(String compact) {
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
