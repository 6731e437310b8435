package lab.spectra.model.eln;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;

/** The version rows that writing or editing a notebook entry adds to its history. */
final class ElnEntryHistory {

    private ElnEntryHistory() {}

    static RowChange firstVersion(ElnEntry written) {
        return new RowChange.Inserted(ElnEntryVersion.of(written, 1, written.authorId(), written.createdAt()));
    }

    /**
     * The version an edit creates. An entry written before versions were kept has none; its
     * history then starts with the content it had just before this edit, so that the first edit
     * after the upgrade can already be compared with what it replaced.
     */
    static List<RowChange> afterEdit(DomainState state, ElnEntry before, ElnEntry after, UUID editor, Instant now) {
        int latest = state.versionsOf(before.id()).stream()
                .map(ElnEntryVersion::version)
                .max(Comparator.naturalOrder())
                .orElse(0);
        List<RowChange> changes = new ArrayList<>();
        if (latest == 0) {
            changes.add(new RowChange.Inserted(ElnEntryVersion.of(before, 1, before.authorId(), before.updatedAt())));
            latest = 1;
        }
        changes.add(new RowChange.Inserted(ElnEntryVersion.of(after, latest + 1, editor, now)));
        return changes;
    }
}
