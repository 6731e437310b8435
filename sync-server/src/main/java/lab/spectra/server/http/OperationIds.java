package lab.spectra.server.http;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code operationId} of every route, which a generated client turns into its method names.
 * Derived from method and path so that a route added tomorrow gets one without anybody
 * remembering to, with {@link #OVERRIDES} where the rule reads badly.
 *
 * <p>The rule: {@code /api} and the feature area after it (the {@code lims} of {@code
 * /api/lims/samples}) are dropped, as is the first segment of other paths ({@code /auth}, {@code
 * /sync}) when more follows; what is left names the resource, a segment before a path parameter in
 * the singular. Then
 *
 * <ul>
 *   <li>a collection: {@code GET} lists it ({@code listSamples}), {@code POST} creates one ({@code
 *       createSample});
 *   <li>one item ({@code .../{id}}): {@code GET} gets it ({@code getSample}), {@code PUT} updates it;
 *   <li>a word after an item is a verb when posted to ({@code POST /recipes/{id}/approve} is {@code
 *       approveRecipe}, {@code /people/{id}/reset-password} is {@code resetPersonPassword}), and a
 *       part of the item otherwise ({@code GET /runs/{id}/files} is {@code listRunFiles}, {@code GET
 *       /runs/{id}/report.pdf} is {@code getRunReportPdf});
 *   <li>a word that is not a plural and is posted to is the verb itself ({@code POST /auth/login}).
 * </ul>
 */
public final class OperationIds {

    /** Routes the rule names badly, by {@code "METHOD /path"}. */
    static final Map<String, String> OVERRIDES = Map.ofEntries(
            Map.entry("POST /auth/refresh", "refreshTokens"),
            Map.entry("GET /auth/me", "getCurrentUser"),
            Map.entry("GET /.well-known/jwks.json", "getTokenSigningKeys"),
            Map.entry("GET /health/db", "getDatabaseHealth"),
            Map.entry("POST /sync/push", "pushCommands"),
            Map.entry("GET /sync/pull", "pullChanges"),
            Map.entry("GET /sync/events", "streamChangeEvents"),
            Map.entry("POST /sync/device-keys", "registerDeviceKey"),
            Map.entry("PUT /sync/workstation-key", "depositWorkstationKey"),
            Map.entry("GET /api/admin/settings", "getSettings"),
            Map.entry("POST /api/admin/imports/{kind}", "importLabRecords"),
            Map.entry("GET /api/analysis/calibrations/status", "getCalibrationStatus"),
            Map.entry("POST /api/analysis/runs", "startRun"),
            Map.entry("POST /api/analysis/runs/{id}/results", "recordRunResult"),
            Map.entry("POST /api/files/uploads", "announceUpload"),
            Map.entry("PUT /api/files/uploads/{id}", "uploadPart"),
            Map.entry("POST /api/analysis/runs/{id}/files", "attachRunFile"),
            Map.entry("POST /api/analysis/instruments/{id}/maintenance", "recordInstrumentMaintenance"),
            Map.entry("POST /api/analysis/instruments/{id}/maintenance/tasks", "planInstrumentMaintenance"),
            Map.entry("POST /api/analysis/instruments/{id}/requalifications", "recordInstrumentRequalification"),
            Map.entry("POST /api/analysis/instruments/{id}/status", "changeInstrumentStatus"),
            // "series" is its own singular, which the rule cannot know.
            Map.entry("POST /api/analysis/spc/series", "createSpcSeries"),
            Map.entry("GET /api/analysis/spc/series/{id}", "getSpcSeries"),
            Map.entry("PUT /api/analysis/spc/series/{id}", "updateSpcSeries"),
            Map.entry("GET /api/analysis/spc/series/{id}/points", "listSpcSeriesPoints"),
            Map.entry("GET /api/analysis/spc/series/{id}/chart", "getSpcChart"),
            Map.entry("GET /api/analysis/spc/series/{id}/limits/proposal", "proposeSpcLimits"),
            Map.entry("POST /api/analysis/spc/series/{id}/limits", "freezeSpcLimits"),
            Map.entry("GET /api/lims/recipes/parameters", "getRecipeParameterSchema"),
            Map.entry("GET /auth/oidc", "getIdentityProvider"),
            // The audit trail's area name is dropped by the rule, leaving "entries" and "records".
            Map.entry("GET /api/audit/entries", "listAuditEntries"),
            Map.entry("GET /api/audit/entries.csv", "exportAuditEntriesCsv"),
            Map.entry("GET /api/audit/entries.pdf", "exportAuditEntriesPdf"),
            Map.entry("GET /api/audit/records/{table}/{id}", "getAuditRecordHistory"),
            Map.entry("POST /api/audit/verifications", "startAuditVerification"),
            Map.entry("GET /api/audit/verifications/{id}", "getAuditVerification"),
            Map.entry("POST /auth/oidc/exchange", "exchangeProviderToken"),
            // Issue 18, part E: the records export and the calibration status report.
            Map.entry("GET /api/admin/export", "exportRecords"),
            Map.entry("GET /api/reports/calibration-status.csv", "getCalibrationReportCsv"),
            Map.entry("GET /api/reports/calibration-status.pdf", "getCalibrationReportPdf"));

    /** Nouns whose singular and plural the simple rule (drop or keep an {@code s}) gets wrong. */
    private static final Map<String, Noun> NOUNS = Map.of(
            "people", new Noun("person", "people"),
            "eln", new Noun("elnEntry", "elnEntries"),
            "custody", new Noun("custodyEvent", "custodyEvents"),
            "status", new Noun("status", "status"));

    private record Noun(String singular, String plural) {}

    private OperationIds() {}

    /**
     * The operation id of each route, in the routes' order.
     *
     * @throws IllegalStateException when two routes would get the same id: give one an override
     */
    public static Map<ApiRoutes.Route, String> of(List<ApiRoutes.Route> routes) {
        Map<ApiRoutes.Route, String> ids = new LinkedHashMap<>();
        Map<String, ApiRoutes.Route> byId = new LinkedHashMap<>();
        for (ApiRoutes.Route route : routes) {
            String id = of(route.method(), route.path());
            ApiRoutes.Route clash = byId.putIfAbsent(id, route);
            if (clash != null) {
                throw new IllegalStateException("Two routes would have the operationId '" + id + "': "
                        + key(clash.method(), clash.path()) + " and " + key(route.method(), route.path())
                        + "; give one of them its own id in OperationIds.OVERRIDES");
            }
            ids.put(route, id);
        }
        return ids;
    }

    /** The routes named by hand, as {@code "METHOD /path"}. */
    public static Set<String> overridden() {
        return OVERRIDES.keySet();
    }

    /** The operation id of one route: its override, or the rule's name. */
    public static String of(HandlerType method, String path) {
        String override = OVERRIDES.get(key(method, path));
        return override != null ? override : derived(method, path);
    }

    static String key(HandlerType method, String path) {
        return method.name() + " " + path;
    }

    private static String derived(HandlerType method, String path) {
        List<String> segments = resourceSegments(path);
        if (segments.isEmpty()) {
            return verbOf(method);
        }
        int last = segments.size() - 1;
        String lastSegment = segments.get(last);
        if (isParameter(lastSegment)) {
            // One item: GET /samples/{id} is getSample.
            return verbOf(method) + nounPhrase(segments, true);
        }
        boolean afterItem = last > 0 && isParameter(segments.get(last - 1));
        if (method == HandlerType.POST && !isPlural(lastSegment)) {
            // A verb posted to: after an item its first word leads and the rest follow the item
            // (resetPersonPassword); on its own it is the whole name (login, changePassword).
            List<String> words = words(lastSegment);
            String verb = words.get(0);
            String rest = capitalized(String.join("", words.subList(1, words.size())));
            return afterItem ? verb + nounPhrase(segments.subList(0, last), true) + rest : camel(words);
        }
        boolean collection = isPlural(lastSegment);
        String verb =
                switch (method.name()) {
                    case "GET" -> collection ? "list" : "get";
                    case "POST" -> "create";
                    default -> verbOf(method);
                };
        // A collection is listed in the plural and created in the singular; anything else keeps its word.
        boolean singularLast = method == HandlerType.POST;
        return verb + nounPhrase(segments.subList(0, last), true) + nounOf(lastSegment, singularLast);
    }

    /** The path's segments that name the resource: without {@code /api} and its feature area. */
    private static List<String> resourceSegments(String path) {
        List<String> segments = new ArrayList<>(Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList());
        if (!segments.isEmpty() && segments.get(0).equals("api")) {
            segments.remove(0);
        }
        // The area (lims, analysis, auth, sync, ...) when a plain segment follows it; otherwise it
        // is the resource itself (/api/files/{sha256} is getFile, /health is getHealth).
        if (segments.size() > 1 && !isParameter(segments.get(1))) {
            segments.remove(0);
        }
        return segments;
    }

    private static String nounPhrase(List<String> segments, boolean singular) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                continue;
            }
            boolean beforeParameter = i + 1 < segments.size() && isParameter(segments.get(i + 1));
            phrase.append(nounOf(segment, singular && beforeParameter));
        }
        return phrase.toString();
    }

    private static String nounOf(String segment, boolean singular) {
        Noun noun = NOUNS.get(segment);
        if (noun != null) {
            return capitalized(singular ? noun.singular() : noun.plural());
        }
        List<String> words = new ArrayList<>(words(segment));
        int last = words.size() - 1;
        if (singular && words.get(last).endsWith("s") && !words.get(last).endsWith("ss")) {
            words.set(last, words.get(last).substring(0, words.get(last).length() - 1));
        }
        return capitalized(camel(words));
    }

    private static boolean isPlural(String segment) {
        Noun noun = NOUNS.get(segment);
        if (noun != null) {
            return !noun.plural().equals(noun.singular());
        }
        return segment.endsWith("s") && !segment.endsWith("ss") && !segment.contains(".");
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** The words of a segment: {@code reset-password} and {@code report.pdf} are two each. */
    private static List<String> words(String segment) {
        return Arrays.stream(segment.split("[-_.]"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String camel(List<String> words) {
        StringBuilder name = new StringBuilder(words.get(0));
        words.subList(1, words.size()).forEach(word -> name.append(capitalized(word)));
        return name.toString();
    }

    private static String verbOf(HandlerType method) {
        return switch (method.name()) {
            case "PUT" -> "update";
            case "PATCH" -> "change";
            default -> method.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
