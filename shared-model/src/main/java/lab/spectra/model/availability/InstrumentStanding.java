package lab.spectra.model.availability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationStatus;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.RequalificationRule;

/**
 * Where an instrument stands at a moment: its calibration as the lockout rule judges it, and the
 * holds on the instrument itself (not in service, needs requalification; ADR 0022), judged by the
 * rules {@code StartRun} runs. The one place that puts this in words, for the bench's Instruments
 * screen and the calibration status report alike.
 */
public record InstrumentStanding(Instrument instrument, CalibrationStatus calibration, List<Hold> holds) {

    public InstrumentStanding {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(calibration, "calibration");
        holds = List.copyOf(holds);
    }

    /** The instrument as it stands at {@code now} in the organization's records. */
    public static InstrumentStanding of(
            Instrument instrument, DomainState state, CalibrationLockout rule, Instant now) {
        List<Hold> holds = new ArrayList<>();
        if (!instrument.inService()) {
            holds.add(new Hold.InstrumentNotInService(instrument));
        }
        new RequalificationRule()
                .pending(instrument, state, now)
                .ifPresent(trigger -> holds.add(new Hold.RequalificationNeeded(instrument.name(), trigger)));
        return new InstrumentStanding(
                instrument, rule.evaluate(instrument, state.calibrationsOf(instrument.id()), now), holds);
    }

    public boolean locked() {
        return !holds.isEmpty() || calibration.locked();
    }

    public boolean expiringSoon() {
        return calibration instanceof CalibrationStatus.ExpiringSoon;
    }

    /** What stands in the way first: the instrument's own hold, else the calibration's sentence. */
    public String reason() {
        return holds.isEmpty() ? calibration.message() : holds.get(0).message();
    }

    public String stateWord() {
        return stateWord(calibration, holds);
    }

    /** The state in one or two words, as the Instruments screen's State column shows it. */
    public static String stateWord(CalibrationStatus calibration, List<Hold> holds) {
        if (!holds.isEmpty()) {
            if (holds.get(0) instanceof Hold.InstrumentNotInService notInService) {
                String words = notInService.instrument().status().inWords();
                return Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
            return "Needs requalification";
        }
        return calibration.locked()
                ? "Locked"
                : calibration instanceof CalibrationStatus.ExpiringSoon ? "Expires soon" : "Usable";
    }
}
