package lab.spectra.desktop.ui;

import lab.spectra.desktop.net.InsecureServerAddressException;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerErrorException;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.model.jdbc.DataAccessException;

/** Turns a failure into a sentence for the bench; the details go to the log. */
public final class Problems {

    private Problems() {}

    /**
     * A failure of something done online only (administration): nothing is kept to send later,
     * so an unreachable server is said as such.
     */
    public static String describeOnline(Throwable failure) {
        if (failure instanceof ServerUnreachableException || failure instanceof ServerErrorException) {
            return "The server cannot do this now (" + failure.getMessage() + "). This is done online only:"
                    + " nothing was changed; try again when the server is reachable.";
        }
        return describe(failure);
    }

    public static String describe(Throwable failure) {
        if (failure instanceof ServerErrorException) {
            return failure.getMessage() + ". Your work is kept on this PC and sent when the server works again.";
        }
        if (failure instanceof InsecureServerAddressException) {
            return failure.getMessage();
        }
        if (failure instanceof ServerUnreachableException) {
            return "The server cannot be reached. Your work is kept on this PC and sent when the network is back.";
        }
        if (failure instanceof NotSignedInException || failure instanceof ServerRefusedException) {
            return failure.getMessage();
        }
        if (failure instanceof DataAccessException) {
            return "The local database could not complete this (" + failure.getMessage()
                    + "). Nothing was changed; try again, and tell IT if it keeps happening.";
        }
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
                + "). Nothing was changed; the details are in the log.";
    }
}
