package lab.spectra.desktop.notebook.sign;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.model.auth.Action;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignatureMeaning;

/**
 * The meanings a person may sign an entry with, so that the dialog offers no other: anyone who
 * may sign signs as author; every other meaning is for someone who neither wrote nor edited the
 * entry (four eyes, ADR 0010), and approving needs the approver's role. The rules check all of
 * this again when the signature is decided.
 */
public final class SigningMeanings {

    private SigningMeanings() {}

    public static List<SignatureMeaning> allowed(CurrentUser user, ElnEntry entry) {
        if (!user.may(Action.SIGN_RECORDS)) {
            return List.of();
        }
        boolean ownWork =
                entry.authorId().equals(user.userId()) || entry.editorIds().contains(user.userId());
        return Arrays.stream(SignatureMeaning.values())
                .filter(meaning -> meaning == SignatureMeaning.AUTHORED || !ownWork)
                .filter(meaning -> meaning != SignatureMeaning.APPROVED || user.may(Action.SIGN_AS_APPROVER))
                .toList();
    }

    /** The meaning as the manifestation of a signature prints it. */
    public static String label(SignatureMeaning meaning) {
        // From the name, so that a meaning added later has a label without a change here.
        String name = meaning.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
