package lab.spectra.model.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scope texts are read by one grammar: the four scopes, results:write limited to one instrument, nothing else. */
class ScopesAreReadByOneGrammarTest {

    private static final UUID SMU = UUID.fromString("01900000-0000-7000-8000-000000000001");

    @Test
    void theFourScopesAndAnInstrumentLimitedResultsScopeAreRead() {
        ApiKeyScopes.Reading reading = ApiKeyScopes.read(
                List.of("results:write:" + SMU, "attachments:write", " samples:read ", "runs:read", "runs:read"));

        assertThat(reading).isInstanceOf(ApiKeyScopes.Read.class);
        ApiKeyScopes scopes = ((ApiKeyScopes.Read) reading).scopes();
        assertThat(scopes.texts())
                .containsExactly("results:write:" + SMU, "attachments:write", "samples:read", "runs:read");
        assertThat(scopes.open("results:write")).isTrue();
        assertThat(scopes.allowInstrument("results:write", SMU)).isTrue();
        assertThat(scopes.allowInstrument("results:write", UUID.randomUUID())).isFalse();
    }

    @Test
    void unknownScopesAndLimitsOnScopesThatTakeNoneRefuseTheWholeSet() {
        ApiKeyScopes.Reading reading = ApiKeyScopes.read(
                List.of("samples:read", "samples:write", "samples:read:" + SMU, "results:write:not-an-id", "admin"));

        assertThat(reading).isInstanceOf(ApiKeyScopes.Unknown.class);
        assertThat(((ApiKeyScopes.Unknown) reading).texts())
                .containsExactly("samples:write", "samples:read:" + SMU, "results:write:not-an-id", "admin");
    }

    @Test
    void aScopeOpensOnlyRoutesDeclaringItsKind() {
        ApiKeyScopes scopes = ApiKeyScopes.ofStored(List.of("samples:read"));

        assertThat(scopes.open("samples:read")).isTrue();
        assertThat(scopes.open("results:write")).isFalse();
        assertThat(scopes.open("runs:read")).isFalse();
        assertThat(scopes.describe()).isEqualTo("read samples");
    }
}
