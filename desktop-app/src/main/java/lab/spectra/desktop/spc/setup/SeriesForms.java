package lab.spectra.desktop.spc.setup;

import lab.spectra.model.spc.RuleNumbering;

/** Words the series forms share. */
final class SeriesForms {

    private SeriesForms() {}

    static String numberingName(RuleNumbering numbering) {
        return numbering == RuleNumbering.WESTERN_ELECTRIC ? "Western Electric (WE1..WE4)" : "Nelson (rules 1 to 8)";
    }
}
