package lab.spectra.model.apikey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A key's scopes: read from text all at once, so one unknown scope refuses the whole set. */
public final class ApiKeyScopes {

    private final List<ApiKeyScope> scopes;

    private ApiKeyScopes(List<ApiKeyScope> scopes) {
        this.scopes = List.copyOf(scopes);
    }

    /** The outcome of reading scope texts. */
    public sealed interface Reading permits Read, Unknown {}

    public record Read(ApiKeyScopes scopes) implements Reading {}

    /** Texts that are no scope; nothing was read. */
    public record Unknown(List<String> texts) implements Reading {
        public Unknown {
            texts = List.copyOf(texts);
        }
    }

    public static Reading read(Collection<String> texts) {
        Set<ApiKeyScope> read = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String text : texts) {
            Optional<ApiKeyScope> scope = ApiKeyScope.parse(text);
            if (scope.isPresent()) {
                read.add(scope.get());
            } else {
                unknown.add(String.valueOf(text));
            }
        }
        return unknown.isEmpty() ? new Read(new ApiKeyScopes(new ArrayList<>(read))) : new Unknown(unknown);
    }

    /** Scopes kept by the server, which were checked when the key was made; unknown ones are dropped. */
    public static ApiKeyScopes ofStored(Collection<String> texts) {
        return new ApiKeyScopes(texts.stream()
                .map(ApiKeyScope::parse)
                .flatMap(Optional::stream)
                .distinct()
                .toList());
    }

    public List<ApiKeyScope> all() {
        return scopes;
    }

    public boolean isEmpty() {
        return scopes.isEmpty();
    }

    public List<String> texts() {
        return scopes.stream().map(ApiKeyScope::text).toList();
    }

    /** Whether any of these scopes opens a route declaring {@code routeScope}. */
    public boolean open(String routeScope) {
        return scopes.stream().anyMatch(scope -> scope.opens(routeScope));
    }

    /**
     * Whether these scopes let the key work on {@code instrument} under {@code routeScope}: some
     * scope of that kind is unlimited or limited to that very instrument.
     */
    public boolean allowInstrument(String routeScope, UUID instrument) {
        return scopes.stream().anyMatch(scope -> scope.opens(routeScope) && scope.allowsInstrument(instrument));
    }

    /** "record results of runs (of one instrument only); read samples", for people. */
    public String describe() {
        return String.join(
                "; ",
                scopes.stream()
                        .map(scope -> scope.kind().phrase()
                                + (scope.instrumentId() == null ? "" : " (of one instrument only)"))
                        .toList());
    }
}
