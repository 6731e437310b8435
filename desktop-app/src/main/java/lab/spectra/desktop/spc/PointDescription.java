package lab.spectra.desktop.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.spc.RuleNumbering;

/** A plotted value in words, for its tooltip: value, run, operator, times and the rules it breaks. */
public final class PointDescription {

    private PointDescription() {}

    public static String of(ChartPoint point, String unit, RuleNumbering numbering) {
        List<String> lines = new ArrayList<>();
        String value = String.format(Locale.ROOT, "%.4g", point.value()) + (unit.isEmpty() ? "" : " " + unit);
        lines.add(point.rows().size() > 1 ? "Mean of " + point.rows().size() + ": " + value : value);
        PointRow last = point.last();
        lines.add("Run: " + last.runText());
        lines.add("Operator: " + last.operatorName());
        lines.add("Run time: " + Times.format(last.point().measuredAt()));
        lines.add("Received: " + Times.format(last.point().createdAt()));
        lines.addAll(point.brokenRules(numbering));
        if (point.provisional()) {
            lines.add("Alert provisional: raised on this bench, the server has not decided it yet");
        }
        return String.join("\n", lines);
    }
}
