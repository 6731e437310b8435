package lab.spectra.server.lims;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.report.PrintableEntry;
import lab.spectra.model.report.PrintableLink;
import lab.spectra.model.report.PrintableSignature;
import lab.spectra.server.db.TenantReads;

/**
 * A notebook entry as its printed record: the entry, its links by name, its signatures (valid
 * and voided) and its author, read in one transaction of the viewer's organization, so an entry
 * of another lab is simply not found.
 */
public final class ElnRecords {

    private final TenantReads reads;
    private final Clock clock;

    public ElnRecords(TenantReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * The entry as the viewer may print it, with every time shown in {@code zone}; empty when the
     * entry does not exist in the viewer's organization or was deleted.
     */
    public Optional<PrintableEntry> printable(UserAccount viewer, UUID entryId, ZoneId zone) {
        String organization =
                reads.organizationOf(viewer).map(Organization::name).orElse("");
        return reads.read(viewer, state -> state.elnEntry(entryId)
                .filter(entry -> entry.deletedAt() == null)
                .map(entry -> printable(state, entry, organization, viewer, zone)));
    }

    private PrintableEntry printable(
            JdbcDomainState state, ElnEntry entry, String organization, UserAccount viewer, ZoneId zone) {
        return new PrintableEntry(
                organization,
                entry.id(),
                entry.title(),
                entry.bodyMarkdown(),
                // The number the notebook's history shows; 1 for entries from before versions were kept.
                state.versionsOf(entry.id()).stream()
                        .mapToInt(ElnEntryVersion::version)
                        .max()
                        .orElse(1),
                nameOf(state, entry.authorId()),
                entry.createdAt(),
                entry.updatedAt(),
                links(state, entry),
                signatures(state, entry),
                SignedContent.sha256(entry),
                zone,
                clock.instant(),
                viewer.displayName());
    }

    private static List<PrintableLink> links(JdbcDomainState state, ElnEntry entry) {
        List<PrintableLink> links = new ArrayList<>();
        for (UUID sampleId : entry.sampleIds()) {
            String label = state.sample(sampleId)
                    .map(sample -> sample.name() + " (" + sample.barcode() + ")")
                    .orElse(null);
            links.add(new PrintableLink("Sample", label, sampleId));
        }
        for (UUID runId : entry.runIds()) {
            String label = state.run(runId)
                    .flatMap(run -> state.recipe(run.recipeId())
                            .map(recipe -> "Run of " + recipe.name() + " v" + run.recipeVersion()))
                    .orElse(null);
            links.add(new PrintableLink("Run", label, runId));
        }
        return links;
    }

    private static List<PrintableSignature> signatures(JdbcDomainState state, ElnEntry entry) {
        return state.signaturesOf(ElnEntry.RECORD_TABLE, entry.id()).stream()
                .sorted((a, b) -> a.signedAt().compareTo(b.signedAt()))
                .map(signature -> PrintableSignature.of(signature, id -> nameOf(state, id)))
                .toList();
    }

    private static String nameOf(JdbcDomainState state, UUID userId) {
        return state.user(userId).map(UserAccount::displayName).orElse(userId.toString());
    }
}
