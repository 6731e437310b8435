package lab.spectra.model.command;

import java.util.Objects;

/**
 * One row a command creates or changes. Soft deletes are updates that set {@code deleted_at}.
 * Both sides persist these the same way, and the audit trail records {@code before} and
 * {@code after}.
 */
public sealed interface RowChange permits RowChange.Inserted, RowChange.Updated {

    Row after();

    record Inserted(Row row) implements RowChange {
        public Inserted {
            Objects.requireNonNull(row, "row");
        }

        @Override
        public Row after() {
            return row;
        }
    }

    record Updated(Row before, Row after) implements RowChange {
        public Updated {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!before.id().equals(after.id()) || before.getClass() != after.getClass()) {
                throw new IllegalArgumentException("An update must change one row into a newer version of itself");
            }
            if (after.rowVersion() != before.rowVersion() + 1) {
                throw new IllegalArgumentException("An update must increment the row version by one");
            }
        }
    }
}
