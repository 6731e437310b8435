package lab.spectra.desktop.spc.setup;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.Pane;
import lab.spectra.model.spc.NelsonRule;

/** One check box per rule the numbering offers, labelled as that numbering names it. */
final class RuleCheckBoxes {

    private RuleCheckBoxes() {}

    static void fill(Pane box, RuleChoices rules) {
        redraw(box, rules);
        rules.numbering().addListener((observable, before, after) -> redraw(box, rules));
    }

    private static void redraw(Pane box, RuleChoices rules) {
        box.getChildren().clear();
        for (NelsonRule rule : rules.offeredInOrder()) {
            CheckBox check = new CheckBox(rules.label(rule));
            check.setId("spc-rule-" + rule.number());
            check.setSelected(rules.on(rule).get());
            check.selectedProperty().bindBidirectional(rules.on(rule));
            box.getChildren().add(check);
        }
    }
}
