package lab.spectra.model.audit.view;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.audit.FieldChanges;

/** Everything the audit trail holds about one record, oldest change first. */
public record RecordHistory(String table, UUID recordId, List<Change> changes) {

    public RecordHistory {
        changes = List.copyOf(changes);
    }

    /** One entry about the record, with the fields it changed as old → new pairs. */
    public record Change(AuditEntryView entry, List<FieldChanges.Changed> fields) {

        public Change {
            fields = List.copyOf(fields);
        }
    }
}
