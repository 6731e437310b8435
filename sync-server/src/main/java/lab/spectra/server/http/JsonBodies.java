package lab.spectra.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * 400 answer: malformed JSON, an unknown field, a value of the wrong type.
 */
public final class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("missing_body", "The request needs a JSON body");
        }
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
            throw ApiException.badRequest("malformed_json", "The body is not valid JSON");
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "The body could not be read");
        }
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }
}
