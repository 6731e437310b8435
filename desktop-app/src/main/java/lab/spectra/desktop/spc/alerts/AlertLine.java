package lab.spectra.desktop.spc.alerts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;

/**
 * One alert as the alerts pane and the dashboard show it: the rule as its series numbers it, the
 * series, the point that completed the pattern, and who acknowledged it and why.
 *
 * @param numbering    how the alert's series numbers its rules
 * @param seriesName   the series' name
 * @param run          the point's run in words (recipe and sample), or empty when the bench does not hold it
 * @param pointTime    the point's run time, or null when the bench does not hold the point
 * @param acknowledger the name of whoever acknowledged it, or null
 * @param provisional  raised (or acknowledged) here and not yet confirmed by the server: the row
 *                     is an effect of a command still waiting in the outbox
 */
public record AlertLine(
        SpcAlert alert,
        RuleNumbering numbering,
        String seriesName,
        String run,
        Instant pointTime,
        String acknowledger,
        boolean provisional) {

    public AlertLine {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(seriesName, "seriesName");
        run = run == null ? "" : run;
    }

    public UUID id() {
        return alert.id();
    }

    /** The rule as the series numbers it: "Rule 2", or "WE4". */
    public String ruleLabel() {
        int number = alert.ruleNumber();
        return number >= 1 && number <= 8 ? numbering.label(NelsonRule.numbered(number)) : alert.rule();
    }

    /** The rule in words, as the alert was raised. */
    public String sentence() {
        return alert.message() == null ? "" : alert.message();
    }

    public boolean open() {
        return alert.awaitsAcknowledgement();
    }

    /** "Rule 2 on Threshold voltage: nine points in a row …", for lists. */
    public String summary() {
        return ruleLabel() + " on " + seriesName + (sentence().isEmpty() ? "" : " — " + sentence());
    }
}
