package lab.spectra.desktop.net;

/**
 * The server answered that an admin revoked this bench (a lost or stolen PC): 410
 * {@value #CODE}. The bench deletes its local data when it hears this (ADR 0016).
 */
public final class WorkstationRevokedException extends ServerRefusedException {

    public static final String CODE = "workstation_revoked";

    public WorkstationRevokedException(String message) {
        super(410, CODE, message);
    }
}
