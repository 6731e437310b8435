package lab.spectra.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.spectra.model.protocol.RowStreams;

/**
 * The OpenAPI 3 description of the API, generated from the registered routes: request bodies
 * are described from the records the handlers read, so the document follows the code. The
 * document is the same on every server of a version (paths and schemas in a fixed order, a
 * relative server URL), so the copy committed in {@code docs/openapi.json} can be compared with
 * the served one and a client generated from it.
 */
public final class OpenApiDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Integer> ERROR_STATUSES = List.of(400, 401, 403, 404, 409, 413, 422, 429);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "patch");
    /** Methods of a path in the usual order, any other after them by name (none is ever merged). */
    private static final Comparator<String> METHODS_IN_ORDER = Comparator.<String>comparingInt(
                    method -> METHOD_ORDER.contains(method) ? METHOD_ORDER.indexOf(method) : METHOD_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";

    /** Query parameters that are numbers wherever they appear; every other one is a string. */
    private static final Map<String, String> INTEGER_QUERY_PARAMETERS = Map.of(
            "limit",
            "int32",
            "offset",
            "int64",
            "after",
            "int64",
            "last",
            "int32",
            "baseline_size",
            "int32",
            "before",
            "int64");

    /** The feature areas, by the first segment of a path (after {@code /api}): a tag each. */
    private static final Map<String, Tag> TAGS = Map.of(
            "auth", new Tag("auth", "Signing in, tokens, and the keys that verify tokens"),
            ".well-known", new Tag("auth", "Signing in, tokens, and the keys that verify tokens"),
            "sync", new Tag("sync", "The benches' way in: push and pull commands, device and workstation keys"),
            "lims", new Tag("lims", "Samples, wafers, devices, custody, recipes, SOPs, qualifications, the notebook"),
            "analysis", new Tag("analysis", "Instruments, calibrations, runs, their results, files, reviews, reports"),
            "files", new Tag("files", "Files by their SHA-256, uploaded in resumable parts"),
            "admin", new Tag("admin", "People, organization settings, workstations and imports (admins)"),
            "health", new Tag("health", "Whether the server and its database answer"),
            "audit", new Tag("audit", "The audit trail: entries, a record's history, verification, exports"),
            "reports", new Tag("reports", "Reports across the organization's records, as CSV and PDF"));

    private record Tag(String name, String description) {}

    private final Map<Class<?>, String> schemaNames = new HashMap<>();
    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    private OpenApiDocument() {}

    /**
     * The document describing the given routes.
     *
     * @param routes  the served routes
     * @param answers what routes answer on success, by {@code "METHOD /path"} ({@link
     *                ApiRoutes#answers()}); others are documented as any JSON
     */
    public static ObjectNode describe(List<ApiRoutes.Route> routes, Map<String, Type> answers, String version) {
        return new OpenApiDocument().document(routes, answers, version);
    }

    /**
     * The document as served and committed: two-space indents, one array element a line, {@code
     * \n} line ends on every platform, so a changed route is a readable diff of docs/openapi.json.
     */
    public static String json(ObjectNode document) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An OpenAPI document is plain JSON", e);
        }
    }

    private ObjectNode document(List<ApiRoutes.Route> routes, Map<String, Type> answers, String version) {
        Map<ApiRoutes.Route, String> operationIds = OperationIds.of(routes);
        ObjectNode document = JSON.objectNode();
        document.put("openapi", "3.0.3");
        document.putObject("info")
                .put("title", "SPECTRA-Lab sync server")
                .put("version", version)
                .put(
                        "description",
                        "Lab data of one organization per caller. Errors are {code, message}. Sign in with"
                                + " POST /auth/login and send the access token as `Authorization: Bearer <token>`;"
                                + " instrument software may send an API key instead where an operation says so.");
        // Relative: the API is where this document was fetched from, so every server serves the
        // same document and a client is pointed at its server when it is made.
        document.putArray("servers")
                .addObject()
                .put("url", "/")
                .put("description", "The server this document was fetched from");
        document.set("tags", tags(routes));

        ObjectNode paths = document.putObject("paths");
        Map<String, Map<String, ApiRoutes.Route>> byPath = new TreeMap<>();
        for (ApiRoutes.Route route : routes) {
            byPath.computeIfAbsent(route.path(), path -> new TreeMap<>(METHODS_IN_ORDER))
                    .put(route.method().name().toLowerCase(Locale.ROOT), route);
        }
        byPath.forEach((path, operations) -> {
            ObjectNode item = paths.putObject(path);
            operations.forEach((method, route) -> item.set(
                    method,
                    operation(route, operationIds.get(route), answers.get(OperationIds.key(route.method(), path)))));
        });

        ObjectNode components = document.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(BEARER)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "An access token from POST /auth/login: `Authorization: Bearer <token>`");
        schemes.putObject(API_KEY)
                .put("type", "apiKey")
                .put("in", "header")
                .put("name", "Authorization")
                .put("description", apiKeyDescription(routes));
        ObjectNode error = JSON.objectNode().put("type", "object");
        error.putArray("required").add("code").add("message");
        error.putObject("properties")
                .<ObjectNode>set("code", JSON.objectNode().put("type", "string"))
                .set("message", JSON.objectNode().put("type", "string"));
        schemas.put("ErrorBody", error);
        components
                .putObject("responses")
                .putObject("Error")
                .put("description", "Refused: {code, message}, the code stable for programs to test")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/ErrorBody");
        components.putObject("schemas").setAll(schemas);
        return document;
    }

    private static ArrayNode tags(List<ApiRoutes.Route> routes) {
        Map<String, String> tags = new TreeMap<>();
        routes.forEach(route -> {
            Tag tag = tagOf(route.path());
            tags.put(tag.name(), tag.description());
        });
        ArrayNode list = JSON.arrayNode();
        tags.forEach((name, description) -> list.addObject().put("name", name).put("description", description));
        return list;
    }

    private static Tag tagOf(String path) {
        List<String> segments = List.of(path.replaceFirst("^/", "").split("/"));
        String area = segments.get(0).equals("api") && segments.size() > 1 ? segments.get(1) : segments.get(0);
        return TAGS.getOrDefault(area, new Tag(area, "Routes under /" + area));
    }

    private static String apiKeyDescription(List<ApiRoutes.Route> routes) {
        TreeSet<String> scopes = new TreeSet<>();
        routes.stream()
                .map(ApiRoutes.Route::apiKeyScope)
                .filter(Objects::nonNull)
                .forEach(scopes::add);
        return "An API key for instrument software and scripts, created by an admin and shown once, sent as"
                + " `Authorization: ApiKey <key>` (the word ApiKey, a space, then the key). A key acts within"
                + " its organization and only on the operations that name one of its scopes; it never signs."
                + (scopes.isEmpty()
                        ? " No operation accepts a key yet."
                        : " Scopes: " + String.join(", ", scopes) + ".");
    }

    private ObjectNode operation(ApiRoutes.Route route, String operationId, Type answer) {
        ObjectNode operation = JSON.objectNode().put("operationId", operationId).put("summary", route.summary());
        operation.putArray("tags").add(tagOf(route.path()).name());
        ArrayNode parameters = JSON.arrayNode();
        Matcher pathParameters = PATH_PARAMETER.matcher(route.path());
        while (pathParameters.find()) {
            parameters.add(parameter(pathParameters.group(1), "path", true));
        }
        route.query().forEach(name -> parameters.add(parameter(name, "query", false)));
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        ArrayNode security = operation.putArray("security");
        if (route.authenticated()) {
            security.addObject().putArray(BEARER);
            if (route.apiKeyScope() != null) {
                security.addObject().putArray(API_KEY);
                operation.put(
                        "description",
                        route.summary() + ". Instrument software may call this with an API key that has the scope `"
                                + route.apiKeyScope() + "`.");
                operation.put("x-api-key-scope", route.apiKeyScope());
            }
        }
        // An open route leaves security empty: it says "no credentials", not "not described".
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
        if (route.successStatus() != 204) {
            success.putObject("content").setAll(successContent(route, answer));
        }
        for (int status : ERROR_STATUSES) {
            responses.putObject(String.valueOf(status)).put("$ref", "#/components/responses/Error");
        }
        return operation;
    }

    private ObjectNode successContent(ApiRoutes.Route route, Type answer) {
        ObjectNode content = JSON.objectNode();
        if (route.path().endsWith(".pdf")) {
            // A printable record: a document rather than JSON.
            content.putObject("application/pdf").set("schema", binary());
        } else if (route.path().equals("/sync/events")) {
            // A stream of server-sent events (the live updates, ADR 0034).
            content.putObject("text/event-stream")
                    .set(
                            "schema",
                            JSON.objectNode()
                                    .put("type", "string")
                                    .put(
                                            "description",
                                            "Frames 'id: <n>', 'event: change', 'data: <n>' per advance of the"
                                                    + " change number; ': heartbeat' comments while quiet"));
        } else if (route.path().endsWith(".csv")) {
            content.putObject("text/csv").set("schema", JSON.objectNode().put("type", "string"));
        } else if (answer == byte[].class) {
            content.putObject("application/octet-stream").set("schema", binary());
        } else if (answer instanceof StreamedLines streamed) {
            if (streamed.json() != null) {
                content.putObject("application/json").set("schema", schemaOf(streamed.json()));
            }
            ObjectNode lines = content.putObject(RowStreams.MEDIA_TYPE)
                    .putObject("schema")
                    .put("description", "One JSON object per line, in the order the operation describes");
            ArrayNode oneOf = lines.putArray("oneOf");
            streamed.lines().forEach(line -> oneOf.add(schemaOf(line)));
        } else {
            // Any JSON value unless the route says what it answers.
            content.putObject("application/json").set("schema", answer == null ? JSON.objectNode() : schemaOf(answer));
        }
        return content;
    }

    private static ObjectNode binary() {
        return JSON.objectNode().put("type", "string").put("format", "binary");
    }

    private static String mediaTypeOf(Class<?> body) {
        if (body == String.class) {
            return "text/csv";
        }
        return body == byte[].class ? "application/octet-stream" : "application/json";
    }

    private static ObjectNode parameter(String name, String in, boolean required) {
        ObjectNode parameter = JSON.objectNode().put("name", name).put("in", in).put("required", required);
        ObjectNode schema = parameter.putObject("schema");
        if (in.equals("path") && (name.equals("id") || name.endsWith("Id"))) {
            // Records are named by UUIDs (Requests.pathId refuses anything else).
            schema.put("type", "string").put("format", "uuid");
        } else if (in.equals("query") && INTEGER_QUERY_PARAMETERS.containsKey(name)) {
            schema.put("type", "integer").put("format", INTEGER_QUERY_PARAMETERS.get(name));
        } else {
            schema.put("type", "string");
        }
        return parameter;
    }

    /** The schema of a body or answer; a record becomes a named schema under components. */
    ObjectNode schemaOf(Type type) {
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
            return binary();
        }
        if (raw == UUID.class) {
            return JSON.objectNode().put("type", "string").put("format", "uuid");
        }
        if (raw == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (raw == Double.class || raw == double.class) {
            return JSON.objectNode().put("type", "number").put("format", "double");
        }
        if (raw == Integer.class || raw == int.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int32");
        }
        if (raw == Long.class || raw == long.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int64");
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
        if (raw.isRecord() && !(type instanceof ParameterizedType)) {
            return JSON.objectNode().put("$ref", "#/components/schemas/" + namedSchema(raw));
        }
        if (raw.isRecord()) {
            // A generic record (FieldChange<String>): described where it is used, its type argument known.
            return recordSchema(raw);
        }
        return JSON.objectNode().put("type", "object");
    }

    private String namedSchema(Class<?> record) {
        String known = schemaNames.get(record);
        if (known != null) {
            return known;
        }
        String name = record.getSimpleName();
        if (schemas.containsKey(name) || name.equals("ErrorBody")) {
            // Two records of one name (NewEntry of the notebook and of another feature): the
            // second is qualified by the class it is declared in.
            Class<?> outer = record.getEnclosingClass();
            name = (outer != null
                            ? outer.getSimpleName()
                            : record.getPackageName().replace('.', '_'))
                    + name;
        }
        schemaNames.put(record, name);
        // Reserved before the components are described, so a record that contains itself ends.
        schemas.put(name, JSON.objectNode());
        schemas.put(name, recordSchema(record));
        return name;
    }

    private ObjectNode recordSchema(Class<?> record) {
        ObjectNode schema = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(snakeCase(component.getName()), schemaOf(component.getGenericType()));
        }
        return schema;
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
