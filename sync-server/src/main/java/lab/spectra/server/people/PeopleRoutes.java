package lab.spectra.server.people;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/**
 * {@code /api/admin/people}: the people of the caller's lab, for its admins. Online only: a
 * temporary password is answered once, here, and never stored anywhere but as a hash.
 */
public final class PeopleRoutes {

    private static final String PEOPLE = "/api/admin/people";

    /** @param temporaryPassword optional: the admin's choice (held to the policy) instead of a generated one */
    public record NewPerson(String email, String name, String role, String temporaryPassword) {}

    public record RoleChange(String role) {}

    public record Deactivation(String reason) {}

    public record Reactivation(String reason) {}

    /** @param temporaryPassword optional: the admin's choice instead of a generated one */
    public record PasswordReset(String temporaryPassword) {}

    /**
     * A person after a change.
     *
     * @param temporaryPassword the one-time password to hand over (shown once), or null
     */
    public record PersonAnswer(UserAccount person, String temporaryPassword) {}

    public static void register(
            ApiRoutes routes, PeopleQueries people, PeopleAdministration administration, JsonBodies bodies) {
        routes.get(
                PEOPLE,
                "List the people of the lab (admins): filter by role and active",
                List.of("limit", "cursor", "role", "active"),
                (ctx, user) -> {
                    requireAdmin(user);
                    ctx.json(people.page(user, filter(ctx), Pages.request(ctx)));
                });
        routes.get(PEOPLE + "/{id}", "One person of the lab (admins)", List.of(), (ctx, user) -> {
            requireAdmin(user);
            ctx.json(people.person(user, Requests.pathId(ctx, "The person"))
                    .orElseThrow(() -> ApiException.notFound("The person")));
        });
        routes.post(PEOPLE, "Add a person with a temporary password (admins)", NewPerson.class, (ctx, user) -> {
            requireAdmin(user);
            NewPerson body = bodies.read(ctx, NewPerson.class);
            answer(
                    ctx,
                    administration.add(user, body.email(), body.name(), body.role(), chars(body.temporaryPassword())),
                    201);
        });
        routes.put(PEOPLE + "/{id}/role", "Change a person's role (admins)", RoleChange.class, (ctx, user) -> {
            requireAdmin(user);
            UUID id = Requests.pathId(ctx, "The person");
            answer(
                    ctx,
                    administration.changeRole(
                            user, id, bodies.read(ctx, RoleChange.class).role()),
                    200);
        });
        action(
                routes,
                "/deactivate",
                "Deactivate a person: sessions, refresh tokens and device keys revoked at once (admins)",
                Deactivation.class,
                (ctx, user, id) -> administration.deactivate(
                        user, id, bodies.read(ctx, Deactivation.class).reason()));
        action(
                routes,
                "/reactivate",
                "Enable a deactivated person again (admins)",
                Reactivation.class,
                (ctx, user, id) -> {
                    Reactivation body = bodies.readOptional(ctx, Reactivation.class);
                    return administration.reactivate(user, id, body == null ? null : body.reason());
                });
        action(
                routes,
                "/reset-password",
                "Set a temporary password the person must replace; their sessions end (admins)",
                PasswordReset.class,
                (ctx, user, id) -> {
                    PasswordReset body = bodies.readOptional(ctx, PasswordReset.class);
                    return administration.resetPassword(
                            user, id, body == null ? null : chars(body.temporaryPassword()));
                });
    }

    @FunctionalInterface
    private interface PersonAction {
        PeopleAdministration.Outcome run(Context ctx, UserAccount admin, UUID personId);
    }

    private static void action(ApiRoutes routes, String suffix, String summary, Class<?> body, PersonAction action) {
        routes.signedIn(HandlerType.POST, PEOPLE + "/{id}" + suffix, summary, body, List.of(), 200, (ctx, user) -> {
            requireAdmin(user);
            UUID id = Requests.pathId(ctx, "The person");
            answer(ctx, action.run(ctx, user, id), 200);
        });
    }

    private static void requireAdmin(UserAccount user) {
        if (!user.asActor().may(Action.MANAGE_USERS)) {
            throw ApiException.forbidden("Only an admin may " + Action.MANAGE_USERS.phrase());
        }
    }

    private static PeopleQueries.Filter filter(Context ctx) {
        String role = ctx.queryParam("role");
        String active = ctx.queryParam("active");
        Role parsedRole = null;
        if (role != null && !role.isBlank()) {
            try {
                parsedRole = Role.fromWireName(role.strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(
                        "invalid_parameter", "role must be admin, pi, engineer, technician or viewer");
            }
        }
        Boolean parsedActive = null;
        if (active != null && !active.isBlank()) {
            if (!active.equals("true") && !active.equals("false")) {
                throw ApiException.badRequest("invalid_parameter", "active must be true or false");
            }
            parsedActive = Boolean.valueOf(active);
        }
        return new PeopleQueries.Filter(parsedRole, parsedActive);
    }

    private static void answer(Context ctx, PeopleAdministration.Outcome outcome, int status) {
        if (outcome instanceof PeopleAdministration.Done done) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(status)
                    .json(new PersonAnswer(
                            done.person(),
                            done.temporaryPassword() == null ? null : new String(done.temporaryPassword())));
            return;
        }
        if (outcome instanceof PeopleAdministration.Refused refused) {
            int refusal = refused.reason() == PeopleAdministration.Reason.INVALID_INPUT ? 422 : 409;
            throw new ApiException(refusal, refused.code(), refused.message());
        }
        throw ApiException.notFound("The person");
    }

    private static char[] chars(String password) {
        return password == null || password.isEmpty() ? null : password.toCharArray();
    }

    private PeopleRoutes() {}
}
