package lab.spectra.desktop.notebook.signing;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;

/** Writes notebook entries on a real bench, as a technician at the keyboard would. */
final class OfflineSigningBench {

    private OfflineSigningBench() {}

    /** After the bench's first pull (it needs its organization's rows), an entry by {@code author}. */
    static UUID writeEntry(Workstation bench, UUID author, String title) {
        bench.sync().syncNow();
        WriteElnEntry write = new WriteElnEntry(
                bench.newMeta(author), Ids.newId(), title, "Δ = 0.3 V at θ = 45°.", List.of(), List.of());
        if (!(bench.commands().execute(write) instanceof Applied)) {
            throw new IllegalStateException("The entry was not written");
        }
        return write.entryId();
    }

    static char[] password() {
        return SyncTestbed.PASSWORD.toCharArray();
    }
}
