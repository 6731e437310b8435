package lab.spectra.desktop.admin.workstations;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.AdminClient;

/** The lab's workstations as the server knows them, read and revoked online with the admin's session. */
public interface WorkstationDirectory {

    List<AdminClient.LabWorkstation> list();

    AdminClient.Revoked revoke(UUID workstationId, String reason);
}
