package lab.spectra.model.spc;

import java.util.Locale;

/** Why a baseline cannot give control limits. The code is stable; the sentence is the person's. */
public enum BaselineProblem {
    /** Fewer than 20 points or subgroups were asked for. */
    BASELINE_TOO_SMALL,
    /** The series does not yet have as many points or subgroups as the baseline asks for. */
    NOT_ENOUGH_POINTS,
    /** A value in the baseline is missing, infinite or not a number. */
    NOT_A_NUMBER,
    /** Subgroups outside the 2..10 measurements the constants table covers. */
    UNSUPPORTED_SUBGROUP_SIZE,
    /** Subgroups of different sizes: the textbook constants assume one size. */
    UNEQUAL_SUBGROUPS,
    /** No spread at all, so sigma would be 0 and every later point would break the limits. */
    ZERO_SPREAD;

    /** The wire form, e.g. {@code zero_spread}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
