package lab.spectra.server.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.ECKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.server.testing.Http;

/** Notebook entries and signatures made on a bench of a {@link TrustLab}, as the desktop makes them. */
final class NotebookSigning {

    private final TrustLab lab;

    NotebookSigning(TrustLab lab) {
        this.lab = lab;
    }

    /** An entry written on the bench by {@code author} and pushed; its content hash as the bench computes it. */
    WriteElnEntry writtenEntry(TrustLab.Bench bench, Actor author, String title) {
        WriteElnEntry write = bench.sign(new WriteElnEntry(
                bench.meta(author, lab.clock.instant()),
                Ids.newId(),
                title,
                "Gate leakage 1.2 nA at -5 V; µ = 3.1 Ω·cm.",
                List.of(),
                List.of()));
        CommandResult answer = bench.push(author, write).results().get(0);
        if (!(answer instanceof CommandResult.Applied)) {
            throw new IllegalStateException("The entry was not written: " + answer);
        }
        return write;
    }

    /** The command as the bench's sign dialog makes it, its device signature by {@code key}, unsigned as a command. */
    SignElnEntry signedOffline(
            TrustLab.Bench bench, Actor signer, UUID entryId, SignatureMeaning meaning, String hash, ECKey key) {
        SignElnEntry unsigned =
                new SignElnEntry(bench.meta(signer, lab.clock.instant()), Ids.newId(), entryId, meaning, hash);
        return new SignElnEntry(
                unsigned.meta(),
                unsigned.signatureId(),
                entryId,
                meaning,
                hash,
                DeviceSignatures.sign(key, unsigned.payload()));
    }

    /** The hash of the entry as written: only id, title, text and links are content. */
    static String hashOf(WriteElnEntry write) {
        return SignedContent.sha256(new ElnEntry(
                write.entryId(),
                Ids.newId(),
                write.title(),
                write.bodyMarkdown(),
                write.meta().authorId(),
                List.of(),
                write.sampleIds(),
                write.runIds(),
                null,
                null,
                null,
                1));
    }

    JsonNode signaturesOf(UUID entryId, Actor viewer) {
        Http.Response response = lab.http.get("/api/lims/eln/" + entryId + "/signatures", lab.token(viewer));
        if (response.status() != 200) {
            throw new IllegalStateException("signatures answered " + response.status() + " " + response.body());
        }
        return response.body();
    }

    Http.Response verification(UUID entryId, UUID signatureId, Actor viewer) {
        return lab.http.get(
                "/api/lims/eln/" + entryId + "/signatures/" + signatureId + "/verification", lab.token(viewer));
    }

    Http.Response signOnline(UUID entryId, Actor signer, SignatureMeaning meaning, String password, String hash) {
        return lab.http.post(
                "/api/lims/eln/" + entryId + "/sign",
                lab.token(signer),
                Map.of(
                        "meaning", meaning.name().toLowerCase(Locale.ROOT),
                        "password", password,
                        "content_sha256", hash));
    }
}
