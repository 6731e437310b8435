package lab.spectra.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly with the product's JSON dialect and explains what is wrong in a
 * 400 answer: malformed JSON, an unknown field, a value of the wrong type. The body is read
 * through the request's bounded stream (413 past the route's limit), and the parser itself is
 * capped in nesting depth and value sizes, so no body makes the server recurse or allocate
 * without end.
 */
public final class JsonBodies {

    /** Deeper than any body of this API (recipe parameters included) needs to be. */
    public static final int MAX_NESTING_DEPTH = 64;

    private final ObjectMapper mapper;

    /**
     * A reader with the product's dialect and read limits.
     *
     * @param mapper   the product's JSON dialect; a copy of it with read limits is used
     * @param maxBytes the largest JSON document any route accepts
     */
    public JsonBodies(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper.copy();
        int maxChars = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        this.mapper
                .getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(maxBytes)
                        .maxStringLength(maxChars)
                        .maxNameLength(Math.min(maxChars, 1_000))
                        .maxNumberLength(100)
                        .build());
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = BoundedBodies.read(ctx);
        if (body.length == 0) {
            throw ApiException.badRequest("missing_body", "The request needs a JSON body");
        }
        return parse(body, type);
    }

    /** The body, or null when the request has none (for routes whose body is optional). */
    public <T> T readOptional(Context ctx, Class<T> type) {
        byte[] body = BoundedBodies.read(ctx);
        return body.length == 0 ? null : parse(body, type);
    }

    private <T> T parse(byte[] body, Class<T> type) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("invalid_body", "The body must be a JSON object, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown_field", "Unknown field '" + e.getPropertyName() + "'");
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("wrong_type", "Field '" + path(e) + "' has a value of the wrong type");
        } catch (ValueInstantiationException e) {
            throw ApiException.badRequest(
                    "invalid_body",
                    "The body is incomplete: "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage()));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw ApiException.badRequest(
                    "wrong_type",
                    field.isEmpty()
                            ? "The body does not have the expected shape"
                            : "Field '" + field + "' has a value of the wrong type");
        } catch (JsonProcessingException e) {
            if (beyondLimits(e)) {
                throw ApiException.badRequest(
                        "json_too_complex",
                        "The JSON is nested more than " + MAX_NESTING_DEPTH
                                + " levels deep or has a value that is too long");
            }
            throw ApiException.badRequest("malformed_json", "The body is not valid JSON");
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "The body could not be read");
        }
    }

    /** Whether the parser stopped at one of its limits (databind may wrap that in its own exception). */
    private static boolean beyondLimits(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }
}
