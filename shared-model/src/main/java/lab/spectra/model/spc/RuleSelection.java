package lab.spectra.model.spc;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which Nelson rules a series watches: each can be switched on or off per series. Iterates in
 * rule order, so verdicts come out in the same order everywhere.
 */
public record RuleSelection(Set<NelsonRule> enabled) {

    public RuleSelection {
        EnumSet<NelsonRule> copy = EnumSet.noneOf(NelsonRule.class);
        copy.addAll(enabled);
        enabled = Collections.unmodifiableSet(copy);
    }

    /** All eight Nelson rules. */
    public static RuleSelection allNelsonRules() {
        return new RuleSelection(EnumSet.allOf(NelsonRule.class));
    }

    /** The Western Electric set: Nelson rules 1, 5, 6 and 2, shown as WE1 to WE4. */
    public static RuleSelection westernElectric() {
        return WesternElectricRule.asSelection();
    }

    public static RuleSelection of(NelsonRule... rules) {
        return new RuleSelection(Set.copyOf(Arrays.asList(rules)));
    }

    public static RuleSelection none() {
        return new RuleSelection(Set.of());
    }

    public boolean isEnabled(NelsonRule rule) {
        return enabled.contains(rule);
    }

    public RuleSelection with(NelsonRule rule) {
        EnumSet<NelsonRule> more = EnumSet.of(rule);
        more.addAll(enabled);
        return new RuleSelection(more);
    }

    public RuleSelection without(NelsonRule rule) {
        EnumSet<NelsonRule> fewer = EnumSet.allOf(NelsonRule.class);
        fewer.retainAll(enabled);
        fewer.remove(rule);
        return new RuleSelection(fewer);
    }
}
