package lab.spectra.desktop.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.admin.apikeys.ApiKeyDirectory;
import lab.spectra.desktop.admin.labimport.LabImports;
import lab.spectra.desktop.admin.settings.LabSettings;
import lab.spectra.desktop.admin.workstations.WorkstationDirectory;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.labimport.LabRecordKind;
import lab.spectra.model.org.OrganizationSettings;

/**
 * The admin screens' way to the server: the signed-in admin's current session, looked up at each
 * call. These screens work online only; signed in offline, they say so.
 */
final class OnlineAdministration implements WorkstationDirectory, LabSettings, LabImports, ApiKeyDirectory {

    private final Workstation workstation;
    private final UUID adminId;
    private final AdminClient client;

    OnlineAdministration(Workstation workstation, UUID adminId) {
        this.workstation = workstation;
        this.adminId = adminId;
        this.client = workstation.adminClient();
    }

    @Override
    public List<AdminClient.LabWorkstation> list() {
        return client.workstations(session());
    }

    @Override
    public AdminClient.Revoked revoke(UUID workstationId, String reason) {
        return client.revoke(session(), workstationId, reason);
    }

    @Override
    public OrganizationSettings load() {
        return client.settings(session());
    }

    @Override
    public OrganizationSettings save(OrganizationSettings settings) {
        return client.save(session(), settings);
    }

    @Override
    public AdminClient.ImportAnswer preview(LabRecordKind kind, byte[] file) {
        return client.importFile(session(), kind.wireName(), file, true);
    }

    @Override
    public AdminClient.ImportAnswer importFile(LabRecordKind kind, byte[] file) {
        return client.importFile(session(), kind.wireName(), file, false);
    }

    @Override
    public List<AdminClient.LabApiKey> keys() {
        return client.apiKeys(session());
    }

    @Override
    public AdminClient.NewApiKey createKey(String name, List<String> scopes, Instant expiresAt) {
        return client.createApiKey(session(), name, scopes, expiresAt);
    }

    @Override
    public AdminClient.LabApiKey revokeKey(UUID keyId) {
        return client.revokeApiKey(session(), keyId);
    }

    private ServerSession session() {
        return workstation
                .sessions()
                .of(adminId)
                .orElseThrow(() -> new NotSignedInException(
                        "The lab's people, workstations, settings, imports and API keys are managed online: sign in while connected to the"
                                + " network"));
    }
}
