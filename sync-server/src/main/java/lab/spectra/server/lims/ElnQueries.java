package lab.spectra.server.lims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Notebook entries and their full-text search. */
public final class ElnQueries {

    /** @param text words the entry must contain; null or blank for every entry */
    public record Search(String text) {

        public static final Search ALL = new Search(null);

        boolean given() {
            return text != null && !text.isBlank();
        }
    }

    private final TenantReads reads;
    private final SqlDialect dialect;

    public ElnQueries(TenantReads reads, SqlDialect dialect) {
        this.reads = reads;
        this.dialect = dialect;
    }

    /**
     * Entries that are not deleted, oldest first. PostgreSQL searches the body with its English
     * full-text index; the embedded database of a single-PC lab matches title and body by substring.
     */
    public Page<ElnEntry> page(UserAccount viewer, Search search, PageRequest page) {
        Conditions conditions = Conditions.where("deleted_at IS NULL");
        if (search.given()) {
            conditions = dialect == SqlDialect.POSTGRESQL
                    ? conditions.and(
                            "to_tsvector('english', body_markdown) @@ plainto_tsquery('english', ?)",
                            search.text().strip())
                    : conditions.and(
                            "lower(body_markdown) LIKE ? OR lower(title) LIKE ?",
                            like(search.text()),
                            like(search.text()));
        }
        return reads.page(viewer, Table.ELN_ENTRIES, conditions, page);
    }

    /** An entry's saved versions, oldest first; empty when the entry is not one of the viewer's lab. */
    public Optional<List<ElnEntryVersion>> versions(UserAccount viewer, UUID entryId) {
        return reads.read(viewer, state -> state.elnEntry(entryId).map(entry -> state.versionsOf(entry.id())));
    }

    public Optional<ElnEntry> entry(UserAccount viewer, UUID entryId) {
        return reads.read(viewer, state -> state.elnEntry(entryId));
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
