package lab.spectra.desktop.spc.setup;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.WesternElectricRule;

/**
 * The rule set of a series as a form edits it: the numbering, and each Nelson rule switched on or
 * off. With Western Electric numbering only its four rules (Nelson 1, 5, 6, 2, shown as WE1..WE4)
 * are offered; choosing a numbering switches its usual set on.
 */
public final class RuleChoices {

    private final ObjectProperty<RuleNumbering> numbering = new SimpleObjectProperty<>(RuleNumbering.NELSON);
    private final Map<NelsonRule, BooleanProperty> switchedOn = new EnumMap<>(NelsonRule.class);

    public RuleChoices() {
        for (NelsonRule rule : NelsonRule.values()) {
            switchedOn.put(rule, new SimpleBooleanProperty(true));
        }
        numbering.addListener((observable, before, after) -> {
            if (after != null) {
                switchOnTheUsualSetOf(after);
            }
        });
    }

    public ObjectProperty<RuleNumbering> numbering() {
        return numbering;
    }

    public BooleanProperty on(NelsonRule rule) {
        return switchedOn.get(rule);
    }

    /** Whether the rule is offered with the numbering chosen now. */
    public boolean offered(NelsonRule rule) {
        return numbering.get() != RuleNumbering.WESTERN_ELECTRIC
                || WesternElectricRule.of(rule).isPresent();
    }

    /** The rules offered, in the order the numbering lists them (WE1..WE4, or Rule 1..8). */
    public List<NelsonRule> offeredInOrder() {
        if (numbering.get() == RuleNumbering.WESTERN_ELECTRIC) {
            return Arrays.stream(WesternElectricRule.values())
                    .map(WesternElectricRule::nelsonRule)
                    .toList();
        }
        return List.of(NelsonRule.values());
    }

    /** "WE2: two out of three …" or "Rule 5: two out of three …". */
    public String label(NelsonRule rule) {
        return numbering.get().label(rule) + ": " + rule.description();
    }

    /** The Nelson numbers of the offered rules switched on, ascending. */
    public List<Integer> enabledRules() {
        return Arrays.stream(NelsonRule.values())
                .filter(rule -> offered(rule) && switchedOn.get(rule).get())
                .map(NelsonRule::number)
                .toList();
    }

    /** Shows a series' rules as they are. */
    public void show(RuleNumbering shownNumbering, Collection<Integer> enabled) {
        numbering.set(shownNumbering == null ? RuleNumbering.NELSON : shownNumbering);
        for (NelsonRule rule : NelsonRule.values()) {
            switchedOn.get(rule).set(enabled.contains(rule.number()));
        }
    }

    private void switchOnTheUsualSetOf(RuleNumbering chosen) {
        for (NelsonRule rule : NelsonRule.values()) {
            switchedOn
                    .get(rule)
                    .set(chosen != RuleNumbering.WESTERN_ELECTRIC
                            || WesternElectricRule.of(rule).isPresent());
        }
    }
}
