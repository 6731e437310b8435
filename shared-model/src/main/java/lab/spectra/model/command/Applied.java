package lab.spectra.model.command;

import java.util.List;

public record Applied(List<RowChange> changes) implements Outcome {

    public Applied {
        changes = List.copyOf(changes);
    }
}
