package lab.spectra.desktop.shell;

import java.util.ArrayList;
import java.util.List;
import lab.spectra.desktop.auth.CurrentUser;

/**
 * What the launch notice tells one person beyond the instruments' state: qualifications about to
 * expire, their signatures someone else's edit voided. Asked off the JavaFX thread.
 */
@FunctionalInterface
public interface PersonalNotices {

    List<String> evaluate(CurrentUser viewer);

    /** This notice's lines, then the other's. */
    default PersonalNotices and(PersonalNotices other) {
        return viewer -> {
            List<String> lines = new ArrayList<>(evaluate(viewer));
            lines.addAll(other.evaluate(viewer));
            return lines;
        };
    }
}
