package lab.spectra.server.auth.oidc;

import java.util.Objects;
import java.util.UUID;
import lab.spectra.server.auth.token.TokenSettings;

/** Where the organization of an external provider's token comes from. */
public sealed interface OrganizationSource {

    /**
     * Every user of this provider belongs to one organization: the usual case of a lab that brings
     * its own identity provider, and the safer one, since the provider cannot name another tenant.
     */
    record Fixed(UUID organizationId) implements OrganizationSource {
        public Fixed {
            Objects.requireNonNull(organizationId, "organizationId");
        }
    }

    /**
     * The provider puts the organization's UUID in a claim (name or dotted path); only for a
     * provider trusted to assign users to tenants.
     */
    record FromClaim(String claim) implements OrganizationSource {
        public FromClaim {
            TokenSettings.requireText(claim, "claim");
        }
    }
}
