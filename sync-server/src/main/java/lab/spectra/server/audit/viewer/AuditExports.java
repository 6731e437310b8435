package lab.spectra.server.audit.viewer;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.audit.view.AuditEntryView;
import lab.spectra.model.report.AuditTrailPdf;

/**
 * A filtered view of the audit trail as CSV, with the SHA-256 of exactly the bytes written: the
 * CSV's own hash, which the PDF of the same view prints, so a printout and a file can be checked
 * against each other. Entries are read in batches and written as they come.
 */
final class AuditExports {

    static final List<String> COLUMNS = List.of(
            "sequence",
            "occurred_at",
            "actor_id",
            "actor_name",
            "workstation_id",
            "workstation_name",
            "action",
            "table",
            "record_id",
            "reason",
            "old_value",
            "new_value",
            "hash");

    private static final CsvMapper CSV = new CsvMapper();

    private final AuditEntries entries;

    AuditExports(AuditEntries entries) {
        this.entries = entries;
    }

    /** What was written: how many entries, their CSV's SHA-256, and the newest for a printout. */
    record Written(long entries, String sha256, List<AuditEntryView> newest) {}

    /**
     * Writes the view as CSV to {@code out} (which may discard it), newest entry first, keeping
     * the newest {@code keep} entries for a printout.
     */
    Written csv(UUID organizationId, AuditFilter filter, OutputStream out, int keep) {
        MessageDigest digest = sha256();
        List<AuditEntryView> newest = new ArrayList<>();
        long[] count = {0};
        try (OutputStream hashed = new DigestOutputStream(out, digest) {
                    @Override
                    public void close() throws IOException {
                        // The caller's stream stays open: the response is theirs to finish.
                        flush();
                    }
                };
                SequenceWriter rows = CSV.writerFor(String[].class)
                        .with(CsvSchema.emptySchema().withLineSeparator("\n"))
                        .writeValues(hashed)) {
            rows.write(COLUMNS.toArray(String[]::new));
            entries.forEach(organizationId, filter, read -> {
                AuditEntryView entry = read.view();
                try {
                    rows.write(new String[] {
                        Long.toString(entry.sequence()),
                        entry.occurredAt().toString(),
                        entry.actor() == null
                                ? ""
                                : String.valueOf(entry.actor().id()),
                        entry.actor() == null || entry.actor().name() == null
                                ? ""
                                : entry.actor().name(),
                        entry.workstation() == null
                                ? ""
                                : String.valueOf(entry.workstation().id()),
                        entry.workstation() == null || entry.workstation().name() == null
                                ? ""
                                : entry.workstation().name(),
                        entry.action(),
                        entry.table() == null ? "" : entry.table(),
                        entry.recordId() == null ? "" : entry.recordId().toString(),
                        entry.reason() == null ? "" : entry.reason(),
                        entry.oldValue() == null ? "" : entry.oldValue().toString(),
                        entry.newValue() == null ? "" : entry.newValue().toString(),
                        read.hash()
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (newest.size() < keep) {
                    newest.add(entry);
                }
                count[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The audit trail's CSV could not be written", e);
        }
        return new Written(count[0], HexFormat.of().formatHex(digest.digest()), newest);
    }

    /** The PDF's entries and hash: the CSV is written to nowhere, only hashed. */
    Written forPrint(UUID organizationId, AuditFilter filter) {
        return csv(organizationId, filter, OutputStream.nullOutputStream(), AuditTrailPdf.MAX_ENTRIES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
