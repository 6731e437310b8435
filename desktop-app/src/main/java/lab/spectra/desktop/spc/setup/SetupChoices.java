package lab.spectra.desktop.spc.setup;

import java.util.UUID;
import lab.spectra.model.instrument.InstrumentKind;

/** What the series forms offer to choose from, as read from the bench's copy. */
public final class SetupChoices {

    private SetupChoices() {}

    /** An instrument a series can watch. */
    public record InstrumentChoice(UUID id, String name, InstrumentKind kind) {}

    /** A quantity results of a lineage already carry, with its unit: a suggestion, not a limit. */
    public record QuantityChoice(String quantity, String unit) {}

    /** A material a series can be narrowed to. */
    public record MaterialChoice(UUID id, String name) {}
}
