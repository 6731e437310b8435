package lab.spectra.desktop.admin.labimport;

import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.model.labimport.LabRecordKind;

/** The server's import of a lab's records, with the admin's online session. */
public interface LabImports {

    AdminClient.ImportAnswer preview(LabRecordKind kind, byte[] file);

    AdminClient.ImportAnswer importFile(LabRecordKind kind, byte[] file);
}
