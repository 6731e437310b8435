package lab.spectra.server.audit;

import java.util.List;
import lab.spectra.model.protocol.AuditCheckpointResponse;
import lab.spectra.server.http.ApiRoutes;

/** {@code GET /sync/audit-checkpoint}: what a bench fetches after a pull and keeps as a witness. */
public final class AuditCheckpointRoutes {

    public static void register(ApiRoutes routes, CheckpointTable checkpoints) {
        routes.get(
                "/sync/audit-checkpoint",
                "The newest signed checkpoint of the caller's organization's audit trail, for the bench to keep",
                List.of(),
                (ctx, user) -> ctx.json(new AuditCheckpointResponse(
                        checkpoints.newest(user.organizationId()).orElse(null))));
    }

    private AuditCheckpointRoutes() {}
}
