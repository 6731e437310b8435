package lab.spectra.model.audit.view;

import java.util.List;

/**
 * A page of audit entries, newest first.
 *
 * @param next the {@code before=} of the next (older) page, or null when this is the last
 */
public record AuditEntryPage(List<AuditEntryView> entries, Long next) {

    public AuditEntryPage {
        entries = List.copyOf(entries);
    }
}
