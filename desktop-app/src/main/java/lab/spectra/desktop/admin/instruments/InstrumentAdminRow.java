package lab.spectra.desktop.admin.instruments;

import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.model.availability.Hold;
import lab.spectra.model.instrument.MaintenanceTask;

/**
 * One line of Administration > Instruments: the instrument with its holds, and its next planned
 * maintenance ({@code null} when it has no plan).
 */
public record InstrumentAdminRow(InstrumentLockout lockout, MaintenanceTask nextMaintenance) {

    /** "In service", "Out of service: reason", "Under maintenance". */
    public String status() {
        String reason = lockout.instrument().statusReason();
        String words = lockout.instrument().status().inWords();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (reason == null ? "" : ": " + reason);
    }

    /** The requalification hold in words, or "Qualified". */
    public String requalification() {
        for (Hold hold : lockout.holds()) {
            if (hold instanceof Hold.RequalificationNeeded needed) {
                return "Needs requalification " + needed.trigger().inWords();
            }
        }
        return "Qualified";
    }
}
