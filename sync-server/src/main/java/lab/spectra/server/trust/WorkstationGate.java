package lab.spectra.server.trust;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.Requests;

/**
 * The door of the sync calls a bench makes: each call naming a workstation is recorded as its
 * contact ({@code X-Workstation-Id}, and the name it gives itself in {@code X-Workstation-Name}),
 * and a revoked workstation is answered 410 {@value WorkstationRegistry#REVOKED_CODE}.
 */
public final class WorkstationGate {

    public static final String NAME_HEADER = "X-Workstation-Name";

    private final WorkstationRegistry registry;

    public WorkstationGate(WorkstationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Records the contact of the bench the call names, or refuses the call if that bench was revoked. */
    public void admit(Context ctx, UserAccount user) {
        Optional<UUID> workstation = Requests.workstationId(ctx);
        if (workstation.isPresent()) {
            admit(ctx, user, workstation.get());
        }
    }

    /** Records the contact of a bench named in the body, or refuses the call if it was revoked. */
    public void admit(Context ctx, UserAccount user, UUID workstationId) {
        contact(ctx, user, workstationId).ifPresent(revocation -> {
            throw refusal(revocation);
        });
    }

    /** Records the contact unless the bench was revoked; the revocation otherwise. */
    public Optional<WorkstationRegistry.Revocation> contact(Context ctx, UserAccount user, UUID workstationId) {
        return registry.contact(user, workstationId, ctx.header(NAME_HEADER));
    }

    /** The answer to every call from a revoked bench. */
    public static ApiException refusal(WorkstationRegistry.Revocation revocation) {
        return new ApiException(410, WorkstationRegistry.REVOKED_CODE, revocation.message());
    }
}
