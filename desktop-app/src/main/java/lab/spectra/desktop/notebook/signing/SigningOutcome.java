package lab.spectra.desktop.notebook.signing;

import java.util.UUID;

/** What became of one attempt to sign a notebook entry on this bench. */
public sealed interface SigningOutcome {

    /** Signed here and queued; the server countersigns it at the next sync. */
    record Signed(UUID signatureId, String contentSha256) implements SigningOutcome {}

    /** The password did not open the signer's key; {@code remaining} more wrong ones lock signing. */
    record WrongPassword(int remaining) implements SigningOutcome {}

    /** Too many wrong passwords: signing is locked for this person here until they sign in online. */
    record Locked() implements SigningOutcome {}

    /**
     * The signature is against a rule (own entry as reviewer, content changed, already signed, not
     * signed in here): {@code code} is the rejection's wire name, {@code reason} a sentence for
     * the signer.
     */
    record Refused(String code, String reason) implements SigningOutcome {}
}
