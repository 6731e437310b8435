package lab.spectra.server.http;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Path and query parameters, checked. */
public final class Requests {

    private Requests() {}

    /** An id in the path; one that is not even a UUID cannot exist, so it is simply not found. */
    public static UUID pathId(Context ctx, String what) {
        try {
            return UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what);
        }
    }

    public static UUID optionalUuidQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_parameter", name + " must be a UUID");
        }
    }

    /**
     * The time zone a printout's times are shown in, from {@code ?tz=}: UTC when not given, a 400
     * naming the value when it is no zone.
     */
    public static ZoneId timeZone(Context ctx) {
        String name = ctx.queryParam("tz");
        if (name == null || name.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw ApiException.badRequest(
                    "invalid_parameter",
                    "'tz' must be a time zone such as Europe/Berlin or UTC; '" + name + "' is not one");
        }
    }

    /** The caller's retry key: the same key makes the same command, answered once. */
    public static UUID idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(key.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_header", "Idempotency-Key must be a UUID");
        }
    }

    /** The calling workstation, when it names itself in {@code X-Workstation-Id}. */
    public static Optional<UUID> workstationId(Context ctx) {
        String header = ctx.header("X-Workstation-Id");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(header.strip()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_header", "X-Workstation-Id must be a UUID");
        }
    }

    /** A whole-number query parameter within bounds, or {@code absent} when not given. */
    public static long longQuery(Context ctx, String name, long absent, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_parameter", "'" + name + "' must be a whole number");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest("invalid_parameter", "'" + name + "' must be between " + min + " and " + max);
        }
        return value;
    }
}
