package lab.spectra.desktop.notebook.print;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.report.PrintableLink;
import lab.spectra.model.report.PrintableSignature;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Sample;

/**
 * What the bench's local copy holds about one notebook entry for its printout: the entry, its
 * author's and lab's names, its links by name and its signatures, valid and voided, in one read.
 */
public final class PrintableEntryQueries {

    /** An entry as stored, with the names its printout needs. */
    public record StoredEntry(
            String organizationName,
            ElnEntry entry,
            String authorName,
            int version,
            List<PrintableLink> links,
            List<PrintableSignature> signatures) {}

    private static final String ENTRY = "SELECT " + LocalRows.columns(Table.ELN_ENTRIES, "e")
            + " FROM eln_entries e WHERE e.organization_id = ? AND e.id = ? AND e.deleted_at IS NULL";
    private static final String SIGNATURES = "SELECT " + LocalRows.columns(Table.SIGNATURES, "s")
            + " FROM signatures s WHERE s.organization_id = ? AND s.record_table = ? AND s.record_id = ?"
            + " ORDER BY s.signed_at, s.id";
    private static final String USER =
            "SELECT " + LocalRows.columns(Table.USERS, "u") + " FROM users u WHERE u.organization_id = ? AND u.id = ?";
    private static final String LATEST_VERSION = "SELECT " + LocalRows.columns(Table.ELN_ENTRY_VERSIONS, "v")
            + " FROM eln_entry_versions v WHERE v.organization_id = ? AND v.entry_id = ? ORDER BY v.version DESC"
            + " LIMIT 1";
    private static final String ORGANIZATION =
            "SELECT " + LocalRows.columns(Table.ORGANIZATIONS, "o") + " FROM organizations o WHERE o.id = ?";
    private static final String SAMPLE = "SELECT " + LocalRows.columns(Table.SAMPLES, "s")
            + " FROM samples s WHERE s.organization_id = ? AND s.id = ?";
    private static final String RUN =
            "SELECT " + LocalRows.columns(Table.RUNS, "r") + " FROM runs r WHERE r.organization_id = ? AND r.id = ?";
    private static final String RECIPE = "SELECT " + LocalRows.columns(Table.RECIPES, "r")
            + " FROM recipes r WHERE r.organization_id = ? AND r.id = ?";

    private final LocalReads reads;

    public PrintableEntryQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** The entry with everything its printout shows; empty when this bench has no such entry. */
    public Optional<StoredEntry> entry(UUID entryId) {
        return reads.read(rows -> {
            Optional<ElnEntry> found = first(rows.rows(Table.ELN_ENTRIES, ENTRY, rows.organizationId(), entryId));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ElnEntry entry = found.get();
            String organization = first(
                            rows.<Organization>rows(Table.ORGANIZATIONS, ORGANIZATION, rows.organizationId()))
                    .map(Organization::name)
                    .orElse("");
            String author = first(rows.<UserAccount>rows(Table.USERS, USER, rows.organizationId(), entry.authorId()))
                    .map(UserAccount::displayName)
                    .orElse(entry.authorId().toString());
            List<Signature> signatures =
                    rows.rows(Table.SIGNATURES, SIGNATURES, rows.organizationId(), ElnEntry.RECORD_TABLE, entryId);
            Map<UUID, String> voiders = new HashMap<>();
            for (Signature signature : signatures) {
                if (signature.voidedBy() != null && !voiders.containsKey(signature.voidedBy())) {
                    voiders.put(
                            signature.voidedBy(),
                            first(rows.<UserAccount>rows(
                                            Table.USERS, USER, rows.organizationId(), signature.voidedBy()))
                                    .map(UserAccount::displayName)
                                    .orElse(signature.voidedBy().toString()));
                }
            }
            List<PrintableSignature> printable = signatures.stream()
                    .map(signature -> PrintableSignature.of(signature, voiders::get))
                    .toList();
            // The number the notebook's history shows; 1 for entries from before versions were kept.
            int version = first(rows.<ElnEntryVersion>rows(
                            Table.ELN_ENTRY_VERSIONS, LATEST_VERSION, rows.organizationId(), entryId))
                    .map(ElnEntryVersion::version)
                    .orElse(1);
            return Optional.of(new StoredEntry(organization, entry, author, version, links(rows, entry), printable));
        });
    }

    private static List<PrintableLink> links(LocalRows rows, ElnEntry entry) throws SQLException {
        List<PrintableLink> links = new ArrayList<>();
        for (UUID sampleId : entry.sampleIds()) {
            String label = first(rows.<Sample>rows(Table.SAMPLES, SAMPLE, rows.organizationId(), sampleId))
                    .map(sample -> sample.name() + " (" + sample.barcode() + ")")
                    .orElse(null);
            links.add(new PrintableLink("Sample", label, sampleId));
        }
        for (UUID runId : entry.runIds()) {
            Optional<Run> run = first(rows.rows(Table.RUNS, RUN, rows.organizationId(), runId));
            String label = null;
            if (run.isPresent()) {
                label = first(rows.<Recipe>rows(
                                Table.RECIPES,
                                RECIPE,
                                rows.organizationId(),
                                run.get().recipeId()))
                        .map(recipe ->
                                "Run of " + recipe.name() + " v" + run.get().recipeVersion())
                        .orElse(null);
            }
            links.add(new PrintableLink("Run", label, runId));
        }
        return links;
    }

    private static <T> Optional<T> first(List<T> found) {
        return found.stream().findFirst();
    }
}
