package lab.spectra.model.apikey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What an API key lets instrument software do: one of a few fixed scopes, written as text like
 * {@code results:write}, {@code results:write:<instrument id>} (results of that instrument's runs
 * only), {@code attachments:write}, {@code samples:read} or {@code runs:read}. The server and the
 * bench read and describe scopes through this one grammar.
 *
 * @param instrumentId the one instrument a {@code results:write} scope is limited to, or null
 */
public record ApiKeyScope(Kind kind, UUID instrumentId) {

    /** The scopes there are, by their text on the wire. */
    public enum Kind {
        RESULTS_WRITE("results:write", "record results of runs", true),
        ATTACHMENTS_WRITE("attachments:write", "upload raw files and attach them to runs", false),
        SAMPLES_READ("samples:read", "read samples", false),
        RUNS_READ("runs:read", "read runs with their results and files", false);

        private final String text;
        private final String phrase;
        private final boolean instrumentLimitable;

        Kind(String text, String phrase, boolean instrumentLimitable) {
            this.text = text;
            this.phrase = phrase;
            this.instrumentLimitable = instrumentLimitable;
        }

        /** The scope as routes declare it, e.g. {@code results:write}. */
        public String text() {
            return text;
        }

        /** Lower-case phrase completing "This key may ...". */
        public String phrase() {
            return phrase;
        }

        /** Whether the scope may be limited to one instrument ({@code results:write:<id>}). */
        public boolean instrumentLimitable() {
            return instrumentLimitable;
        }

        public static Optional<Kind> byText(String text) {
            return Arrays.stream(values())
                    .filter(kind -> kind.text.equals(text))
                    .findFirst();
        }
    }

    public ApiKeyScope {
        if (kind == null) {
            throw new IllegalArgumentException("A scope needs its kind");
        }
        if (instrumentId != null && !kind.instrumentLimitable()) {
            throw new IllegalArgumentException(kind.text() + " cannot be limited to one instrument");
        }
    }

    public static ApiKeyScope of(Kind kind) {
        return new ApiKeyScope(kind, null);
    }

    /** Reads a scope's text; empty for anything that is not a known scope. */
    public static Optional<ApiKeyScope> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String scope = text.strip().toLowerCase(Locale.ROOT);
        Optional<Kind> whole = Kind.byText(scope);
        if (whole.isPresent()) {
            return Optional.of(of(whole.get()));
        }
        int lastColon = scope.lastIndexOf(':');
        if (lastColon < 0) {
            return Optional.empty();
        }
        Optional<Kind> limited = Kind.byText(scope.substring(0, lastColon)).filter(Kind::instrumentLimitable);
        if (limited.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ApiKeyScope(limited.get(), UUID.fromString(scope.substring(lastColon + 1))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The scope as it is stored and sent, e.g. {@code results:write:0190...}. */
    public String text() {
        return instrumentId == null ? kind.text() : kind.text() + ":" + instrumentId;
    }

    /** Whether a route declaring {@code routeScope} (e.g. {@code results:write}) is open to this scope. */
    public boolean opens(String routeScope) {
        return kind.text().equals(routeScope);
    }

    /** Whether this scope allows work on the given instrument (always, unless it is limited to another). */
    public boolean allowsInstrument(UUID instrument) {
        return instrumentId == null || instrumentId.equals(instrument);
    }

    @Override
    public String toString() {
        return text();
    }
}
