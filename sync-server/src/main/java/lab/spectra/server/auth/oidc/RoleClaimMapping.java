package lab.spectra.server.auth.oidc;

import java.util.Map;
import java.util.Objects;
import lab.spectra.model.auth.Role;
import lab.spectra.server.auth.token.TokenSettings;

/**
 * How an external provider's token says which lab role its bearer has.
 *
 * @param claim  the claim holding role names: a top-level claim name (namespaced URLs allowed) or
 *               a dotted path such as {@code realm_access.roles}; its value may be one string or a
 *               list of strings
 * @param values external role names to lab roles, compared exactly. If a token carries several
 *               mapped names, the strongest role wins (roles are hierarchical, so a PI who is also
 *               listed as engineer is a PI). Names not in the map are ignored; a token with no
 *               mapped name is rejected rather than given a default role.
 */
public record RoleClaimMapping(String claim, Map<String, Role> values) {

    public RoleClaimMapping {
        TokenSettings.requireText(claim, "claim");
        Objects.requireNonNull(values, "values");
        values = Map.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("The role mapping maps no external value to a role");
        }
    }
}
