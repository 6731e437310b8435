package lab.spectra.desktop.notebook;

import java.util.List;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;

/** An entry as the detail pane shows it: the current text, its saved versions and signatures. */
public record EntryDetail(ElnEntry entry, List<ElnEntryVersion> versions, List<Signature> signatures) {

    public EntryDetail {
        versions = List.copyOf(versions);
        signatures = List.copyOf(signatures);
    }

    /** The number of the current version; 1 for an entry whose history began before versions were kept. */
    public int currentVersion() {
        return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version();
    }
}
