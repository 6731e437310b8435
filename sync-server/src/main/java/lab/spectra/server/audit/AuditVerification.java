package lab.spectra.server.audit;

import java.util.List;

/**
 * What {@code verify-audit} found: one verdict per organization, and how many checkpoint
 * statements could not be used because their signature does not verify with this server's keys.
 *
 * @param keysFound whether this server's record-signing keys were there to check checkpoints with
 */
public record AuditVerification(
        List<Result> results, int unverifiedCheckpoints, boolean keysFound, Superseded superseded) {

    /**
     * Checkpoints signed before a restore the lab declared that name entries its backup lacked (ADR
     * 0040): not compared with the trail, and said.
     *
     * @param restores the declared restores, oldest first
     */
    public record Superseded(int checkpoints, List<RestoreDeclaration> restores) {
        public Superseded {
            restores = List.copyOf(restores);
        }
    }

    /** One organization's verdict, with the slug the operator knows it by. */
    public record Result(AuditVerifier.Organization organization, AuditVerdict verdict) {}

    public AuditVerification {
        results = List.copyOf(results);
    }

    public boolean allIntact() {
        return results.stream().allMatch(result -> result.verdict().intact());
    }
}
