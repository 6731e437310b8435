package lab.spectra.desktop.admin.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.AdminClient;

/** The lab's API keys as the server keeps them, listed, made and revoked online with the admin's session. */
public interface ApiKeyDirectory {

    List<AdminClient.LabApiKey> keys();

    AdminClient.NewApiKey createKey(String name, List<String> scopes, Instant expiresAt);

    AdminClient.LabApiKey revokeKey(UUID keyId);
}
