package lab.spectra.desktop.recipes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import lab.spectra.model.sop.Sop;

/** An SOP the draft may follow, with whether the author ticked it. */
public final class SopChoice {

    private final Sop sop;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    SopChoice(Sop sop, boolean chosen) {
        this.sop = sop;
        this.chosen.set(chosen);
    }

    public Sop sop() {
        return sop;
    }

    public BooleanProperty chosen() {
        return chosen;
    }

    @Override
    public String toString() {
        return sop.label();
    }
}
