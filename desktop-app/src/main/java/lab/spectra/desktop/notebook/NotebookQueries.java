package lab.spectra.desktop.notebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Sample;

/** What the notebook screen reads from the bench's local copy. */
public final class NotebookQueries {

    /** One row per live entry: its row version and a summary of its signatures' versions. */
    private static final String STAMPS = "SELECT e.id, e.row_version, COUNT(s.id), COALESCE(SUM(s.row_version), 0)"
            + " FROM eln_entries e LEFT JOIN signatures s ON s.record_table = 'eln_entries' AND s.record_id = e.id"
            + " AND s.organization_id = e.organization_id"
            + " WHERE e.organization_id = ? AND e.deleted_at IS NULL GROUP BY e.id, e.row_version";

    private static final String ENTRY = "SELECT " + LocalRows.columns(Table.ELN_ENTRIES, "e")
            + " FROM eln_entries e WHERE e.organization_id = ? AND e.id = ?";
    private static final String SIGNATURES = "SELECT " + LocalRows.columns(Table.SIGNATURES, "s")
            + " FROM signatures s WHERE s.organization_id = ? AND s.record_table = 'eln_entries' AND s.record_id = ?"
            + " ORDER BY s.signed_at, s.id";
    private static final String VERSIONS = "SELECT " + LocalRows.columns(Table.ELN_ENTRY_VERSIONS, "v")
            + " FROM eln_entry_versions v WHERE v.organization_id = ? AND v.entry_id = ? ORDER BY v.version";
    private static final String PEOPLE = "SELECT " + LocalRows.columns(Table.USERS, "u")
            + " FROM users u WHERE u.organization_id = ? ORDER BY u.display_name, u.id";
    private static final String SAMPLES = "SELECT " + LocalRows.columns(Table.SAMPLES, "s")
            + " FROM samples s WHERE s.organization_id = ? AND s.deleted_at IS NULL ORDER BY s.name, s.id";
    private static final String RUNS = "SELECT " + LocalRows.columns(Table.RUNS, "r")
            + " FROM runs r WHERE r.organization_id = ? ORDER BY r.created_at DESC, r.id";

    /** Entries read for the index at a time, so that one query never names thousands of ids. */
    private static final int BATCH = 500;

    private final LocalReads reads;

    public NotebookQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** Every live entry's stamp: it changes when the entry or any of its signatures changes. */
    public Map<UUID, String> stamps() {
        return reads.read(rows -> {
            Map<UUID, String> stamps = new HashMap<>();
            rows.list(
                    STAMPS,
                    row -> stamps.put(
                            row.getObject(1, UUID.class), row.getLong(2) + "/" + row.getLong(3) + "/" + row.getLong(4)),
                    rows.organizationId());
            return stamps;
        });
    }

    /** The entries with these ids as the index keeps them. */
    public List<IndexedEntry> indexed(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<IndexedEntry> found = new ArrayList<>();
        for (int start = 0; start < all.size(); start += BATCH) {
            found.addAll(indexedBatch(all.subList(start, Math.min(all.size(), start + BATCH))));
        }
        return found;
    }

    private List<IndexedEntry> indexedBatch(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        return reads.read(rows -> {
            Object[] parameters = new Object[ids.size() + 1];
            parameters[0] = rows.organizationId();
            for (int i = 0; i < ids.size(); i++) {
                parameters[i + 1] = ids.get(i);
            }
            List<ElnEntry> entries = rows.rows(
                    Table.ELN_ENTRIES,
                    "SELECT " + LocalRows.columns(Table.ELN_ENTRIES, "e")
                            + " FROM eln_entries e WHERE e.organization_id = ? AND e.id IN (" + marks + ")",
                    parameters);
            List<Signature> signatures = rows.rows(
                    Table.SIGNATURES,
                    "SELECT " + LocalRows.columns(Table.SIGNATURES, "s")
                            + " FROM signatures s WHERE s.organization_id = ? AND s.record_table = 'eln_entries'"
                            + " AND s.record_id IN (" + marks + ")",
                    parameters);
            Map<UUID, List<Signature>> byEntry =
                    signatures.stream().collect(Collectors.groupingBy(Signature::recordId));
            return entries.stream()
                    .map(entry -> {
                        List<Signature> own = byEntry.getOrDefault(entry.id(), List.of());
                        return IndexedEntry.of(
                                entry,
                                SignatureState.of(own),
                                entry.rowVersion() + "/" + own.size() + "/"
                                        + own.stream()
                                                .mapToLong(Signature::rowVersion)
                                                .sum());
                    })
                    .toList();
        });
    }

    /** One entry with its versions and signatures, as the detail pane shows it. */
    public Optional<EntryDetail> detail(UUID entryId) {
        return reads.read(rows -> {
            List<ElnEntry> entries = rows.rows(Table.ELN_ENTRIES, ENTRY, rows.organizationId(), entryId);
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            List<ElnEntryVersion> versions =
                    rows.rows(Table.ELN_ENTRY_VERSIONS, VERSIONS, rows.organizationId(), entryId);
            List<Signature> signatures = rows.rows(Table.SIGNATURES, SIGNATURES, rows.organizationId(), entryId);
            return Optional.of(new EntryDetail(entries.get(0), versions, signatures));
        });
    }

    /** Everyone of the lab, deactivated people included: they may have written entries. */
    public List<UserAccount> people() {
        return reads.read(rows -> rows.rows(Table.USERS, PEOPLE, rows.organizationId()));
    }

    public List<Sample> samples() {
        return reads.read(rows -> rows.rows(Table.SAMPLES, SAMPLES, rows.organizationId()));
    }

    public List<Run> runs() {
        return reads.read(rows -> rows.rows(Table.RUNS, RUNS, rows.organizationId()));
    }
}
