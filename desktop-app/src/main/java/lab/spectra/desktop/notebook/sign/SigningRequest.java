package lab.spectra.desktop.notebook.sign;

import java.util.UUID;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignedContent;

/**
 * Exactly what is being signed, as the dialog shows it: the entry's title, its version number,
 * the start of its text, and the SHA-256 that the signature will carry.
 */
public record SigningRequest(UUID entryId, String title, int version, String bodyExcerpt, String contentSha256) {

    static final int EXCERPT_CHARACTERS = 600;

    public static SigningRequest of(ElnEntry entry, int version) {
        String body = entry.bodyMarkdown();
        String excerpt = body.length() <= EXCERPT_CHARACTERS ? body : body.substring(0, EXCERPT_CHARACTERS) + "…";
        return new SigningRequest(entry.id(), entry.title(), version, excerpt, SignedContent.sha256(entry));
    }
}
