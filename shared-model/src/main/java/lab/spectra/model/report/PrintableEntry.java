package lab.spectra.model.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a printed notebook entry shows, gathered by whoever prints it (the server from
 * PostgreSQL, the bench from its local copy) so that the printout itself needs no database.
 *
 * @param version       the entry's version number as the notebook counts it
 * @param bodyMarkdown  the entry text exactly as stored; printed rendered, hashed as is
 * @param contentSha256 what the entry's signatures cover ({@code SignedContent.sha256})
 * @param timeZone      the zone every time on the page is shown in, named next to each time
 * @param printedBy     the person who asked for the printout
 */
public record PrintableEntry(
        String organizationName,
        UUID entryId,
        String title,
        String bodyMarkdown,
        long version,
        String authorName,
        Instant createdAt,
        Instant updatedAt,
        List<PrintableLink> links,
        List<PrintableSignature> signatures,
        String contentSha256,
        ZoneId timeZone,
        Instant printedAt,
        String printedBy) {

    public PrintableEntry {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(printedBy, "printedBy");
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        links = links == null ? List.of() : List.copyOf(links);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }
}
