package lab.spectra.model.labimport;

import java.util.List;
import lab.spectra.model.command.Command;

/**
 * What an import file would do: every line turned into the commands that record it, or the lines
 * that are refused. Nothing of a refused plan is imported.
 */
public sealed interface ImportPlan {

    LabRecordKind kind();

    /** One record of the file and the commands that record it, in order. */
    record PlannedRow(int line, String summary, List<Command> commands) {

        public PlannedRow {
            commands = List.copyOf(commands);
        }
    }

    record Ready(LabRecordKind kind, List<PlannedRow> rows) implements ImportPlan {

        public Ready {
            rows = List.copyOf(rows);
        }

        public List<Command> commands() {
            return rows.stream().flatMap(row -> row.commands().stream()).toList();
        }
    }

    record Refused(LabRecordKind kind, List<RowError> errors) implements ImportPlan {

        public Refused {
            errors = List.copyOf(errors);
        }
    }
}
