package lab.spectra.desktop.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.audit.FieldChanges;
import lab.spectra.model.audit.view.RecordHistory;

/**
 * One line of a record's history as the viewer shows it: a field one change set, its old and new
 * value side by side, and who, when, what and why. A change that set no field (a sign-in, a
 * signature) is one line without a field.
 */
public record HistoryRow(
        long sequence,
        String when,
        String who,
        String action,
        String field,
        String before,
        String after,
        String reason) {

    /**
     * The history's lines, newest change first (the edit someone asks about is on top, the record's
     * creation at the foot), each change's fields in name order.
     */
    public static List<HistoryRow> of(RecordHistory history) {
        List<HistoryRow> rows = new ArrayList<>();
        List<RecordHistory.Change> newestFirst = new ArrayList<>(history.changes());
        Collections.reverse(newestFirst);
        for (RecordHistory.Change change : newestFirst) {
            var entry = change.entry();
            String when = Times.format(entry.occurredAt());
            String who = entry.actor() == null ? "system" : entry.actor().label();
            String reason = entry.reason() == null ? "" : entry.reason();
            if (change.fields().isEmpty()) {
                rows.add(new HistoryRow(entry.sequence(), when, who, entry.action(), "", "", "", reason));
            }
            for (FieldChanges.Changed field : change.fields()) {
                rows.add(new HistoryRow(
                        entry.sequence(),
                        when,
                        who,
                        entry.action(),
                        field.field(),
                        FieldChanges.Changed.readable(field.before()),
                        FieldChanges.Changed.readable(field.after()),
                        reason));
            }
        }
        return List.copyOf(rows);
    }
}
