package lab.spectra.model.spc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/** The checks creating and editing a series share: its name, its rules and its specification limits. */
final class SpcSeriesRules {

    static final int MAX_NAME = 200;
    static final int MAX_QUANTITY = 200;
    static final int MAX_UNIT = 50;
    static final int MAX_RECIPE_NAME = 200;
    static final int MAX_REASON = 2000;
    static final int SMALLEST_BASELINE = 20;

    private SpcSeriesRules() {}

    /** The rules switched on: those given, or the numbering's usual set when none are given. */
    static List<Integer> enabledOrDefault(List<Integer> enabledRules, RuleNumbering numbering) {
        if (enabledRules != null) {
            return enabledRules.stream().distinct().sorted().toList();
        }
        return numbering == RuleNumbering.WESTERN_ELECTRIC ? List.of(1, 2, 5, 6) : List.of(1, 2, 3, 4, 5, 6, 7, 8);
    }

    static Optional<Rejected> ruleNumbers(List<Integer> enabledRules) {
        if (enabledRules == null) {
            return Checks.pass();
        }
        for (Integer rule : enabledRules) {
            if (rule == null || rule < 1 || rule > 8) {
                return Checks.fail(
                        RejectionCode.INVALID_INPUT,
                        "Rules are Nelson's rules 1 to 8; " + rule + " is not one of them");
            }
        }
        return Checks.pass();
    }

    static Optional<Rejected> specificationLimits(Double lower, Double upper) {
        if ((lower != null && !Double.isFinite(lower)) || (upper != null && !Double.isFinite(upper))) {
            return Checks.fail(RejectionCode.INVALID_INPUT, "Specification limits must be finite numbers");
        }
        return Checks.failIf(
                lower != null && upper != null && !(lower < upper),
                RejectionCode.INVALID_INPUT,
                "The lower specification limit must be below the upper one");
    }

    /** Names are unique among the organization's non-deleted series, in any case. */
    static Optional<Rejected> uniqueName(String name, UUID seriesId, DomainState state) {
        return state.spcSeriesNamed(Checks.clean(name))
                .filter(other -> !other.id().equals(seriesId))
                .flatMap(other -> Checks.fail(
                        RejectionCode.DUPLICATE_NAME, "A control chart named " + other.name() + " already exists"));
    }
}
