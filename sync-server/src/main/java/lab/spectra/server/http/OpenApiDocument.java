package lab.spectra.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The OpenAPI 3 description of the API, generated from the registered routes: request bodies
 * are described from the records the handlers read, so the document follows the code.
 */
public final class OpenApiDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<Integer> ERROR_STATUSES = List.of(400, 401, 403, 404, 409, 413, 422, 429);

    private OpenApiDocument() {}

    public static ObjectNode describe(List<ApiRoutes.Route> routes, String version) {
        ObjectNode document = JSON.objectNode();
        document.put("openapi", "3.0.3");
        document.putObject("info")
                .put("title", "SPECTRA-Lab sync server")
                .put("version", version)
                .put("description", "Lab data of one organization per caller. Errors are {code, message}.");
        ObjectNode components = document.putObject("components");
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT");
        ObjectNode error = components.putObject("schemas").putObject("Error").put("type", "object");
        error.putArray("required").add("code").add("message");
        error.putObject("properties")
                .<ObjectNode>set("code", JSON.objectNode().put("type", "string"))
                .set("message", JSON.objectNode().put("type", "string"));

        ObjectNode paths = document.putObject("paths");
        for (ApiRoutes.Route route : routes) {
            ObjectNode path =
                    paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            path.set(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        return document;
    }

    private static ObjectNode operation(ApiRoutes.Route route) {
        ObjectNode operation = JSON.objectNode().put("summary", route.summary());
        ArrayNode parameters = JSON.arrayNode();
        if (route.path().contains("{id}")) {
            parameters.add(parameter("id", "path", true));
        }
        route.query().forEach(name -> parameters.add(parameter(name, "query", false)));
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (route.authenticated()) {
            operation.putArray("security").addObject().putArray("bearer");
        }
        if (route.requestBody() != null) {
            operation
                    .putObject("requestBody")
                    .put("required", true)
                    .putObject("content")
                    // A plain text body is a file (an import's CSV), bytes a part of an upload; every
                    // other body is JSON.
                    .putObject(mediaTypeOf(route.requestBody()))
                    .set("schema", schemaOf(route.requestBody()));
        }
        ObjectNode responses = operation.putObject("responses");
        ObjectNode success =
                responses.putObject(String.valueOf(route.successStatus())).put("description", "Success");
        if (route.path().endsWith(".pdf")) {
            // A printable record: the one kind of answer that is a document rather than JSON.
            success.putObject("content")
                    .putObject("application/pdf")
                    .putObject("schema")
                    .put("type", "string")
                    .put("format", "binary");
        }
        for (int status : ERROR_STATUSES) {
            responses
                    .putObject(String.valueOf(status))
                    .put("description", "Error")
                    .putObject("content")
                    .putObject("application/json")
                    .putObject("schema")
                    .put("$ref", "#/components/schemas/Error");
        }
        return operation;
    }

    private static String mediaTypeOf(Class<?> body) {
        if (body == String.class) {
            return "text/csv";
        }
        return body == byte[].class ? "application/octet-stream" : "application/json";
    }

    private static ObjectNode parameter(String name, String in, boolean required) {
        ObjectNode parameter = JSON.objectNode().put("name", name).put("in", in).put("required", required);
        parameter.putObject("schema").put("type", "string");
        return parameter;
    }

    static ObjectNode schemaOf(Type type) {
        if (!(type instanceof Class<?>) && !(type instanceof ParameterizedType)) {
            // A type variable, e.g. the T of FieldChange<T>: any JSON value.
            return JSON.objectNode();
        }
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (raw == byte[].class) {
            return JSON.objectNode().put("type", "string").put("format", "binary");
        }
        if (raw == UUID.class) {
            return JSON.objectNode().put("type", "string").put("format", "uuid");
        }
        if (raw == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (raw == Double.class || raw == double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (raw.isEnum()) {
            ObjectNode schema = JSON.objectNode().put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
            }
            return schema;
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            ObjectNode schema = JSON.objectNode().put("type", "array");
            schema.set("items", schemaOf(parameterized.getActualTypeArguments()[0]));
            return schema;
        }
        if (raw.isRecord()) {
            ObjectNode schema = JSON.objectNode().put("type", "object").put("additionalProperties", false);
            ObjectNode properties = schema.putObject("properties");
            for (RecordComponent component : raw.getRecordComponents()) {
                properties.set(snakeCase(component.getName()), schemaOf(component.getGenericType()));
            }
            return schema;
        }
        return JSON.objectNode().put("type", "object");
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
