package lab.spectra.model.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import lab.spectra.model.audit.view.AuditEntryView;

/**
 * A filtered view of an organization's audit trail, ready to print.
 *
 * @param filter       the filter in words, one line per criterion ("Record: samples 7f3…")
 * @param chainStatus  what the newest verification of the chain found, in words
 * @param entryCount   how many entries the filter matched
 * @param entriesSha256 the SHA-256 of the matched entries as the CSV export writes them, so the
 *                     printout can be checked against that file
 * @param entries      the entries printed, newest first: all of them, or the newest
 *                     {@code entries.size()} when the view is longer than a printout holds
 */
public record PrintableAuditView(
        String organizationName,
        String printedBy,
        Instant printedAt,
        ZoneId timeZone,
        List<String> filter,
        String chainStatus,
        long entryCount,
        String entriesSha256,
        List<AuditEntryView> entries) {

    public PrintableAuditView {
        filter = List.copyOf(filter);
        entries = List.copyOf(entries);
    }
}
