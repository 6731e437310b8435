package lab.spectra.model.rundata;

import java.util.Objects;

/**
 * What a column of numbers measures and in which unit, e.g. {@code voltage [V]}. The name is a
 * stable lower-case key ({@code voltage}, {@code two_theta}) that algorithms look traces up by;
 * the unit is written as the lab writes it ({@code V}, {@code nm}, {@code deg}, {@code counts}).
 */
public record Axis(String name, String unit) {

    public Axis {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An axis needs a name");
        }
    }

    @Override
    public String toString() {
        return unit.isEmpty() ? name : name + " [" + unit + "]";
    }
}
