package lab.spectra.desktop.chaos;

import java.util.List;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Command;

/** A bench whose end state {@link ScenarioInvariants} checks: its workstation and what it made. */
public interface CheckedBench {

    /** A command the bench applied locally, and who made it. */
    record Made(Command command, String bench, Role role) {}

    String name();

    Workstation workstation();

    /** Every command it applied locally, as far as the scenario saw. */
    List<Made> made();
}
