package lab.spectra.model.spc;

/**
 * How a series shows its rules: by their Nelson numbers, or as the Western Electric set (Nelson 1,
 * 5, 6, 2 shown as WE1..WE4, see {@link WesternElectricRule}). The rules themselves are the same
 * functions either way; only the numbering on screen and in alerts differs.
 */
public enum RuleNumbering {
    NELSON,
    WESTERN_ELECTRIC;

    /** The rule's name as this numbering shows it, e.g. "Rule 2" or "WE4". */
    public String label(NelsonRule rule) {
        if (this == WESTERN_ELECTRIC) {
            return WesternElectricRule.of(rule).map(WesternElectricRule::label).orElse("Nelson " + rule.number());
        }
        return "Rule " + rule.number();
    }
}
