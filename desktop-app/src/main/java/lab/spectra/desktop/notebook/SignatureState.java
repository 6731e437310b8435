package lab.spectra.desktop.notebook;

import java.util.List;
import lab.spectra.model.eln.Signature;

/** An entry's signatures in one word, for the list and its filter. */
public enum SignatureState {
    /** Nobody has signed it. */
    UNSIGNED("unsigned"),
    /** At least one signature still holds. */
    SIGNED("signed"),
    /** It was signed, and every signature was voided by a later change. */
    VOIDED("voided");

    private final String label;

    SignatureState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SignatureState of(List<Signature> signatures) {
        if (signatures.isEmpty()) {
            return UNSIGNED;
        }
        return signatures.stream().anyMatch(Signature::valid) ? SIGNED : VOIDED;
    }
}
