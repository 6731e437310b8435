package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.protocol.CommandResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * ADR 0018: a technician signs an entry on an offline bench with the device key their password
 * unseals; at the next sync the server checks that signature against the registered key and
 * countersigns it with its own key and receive time, and anyone can verify both.
 */
class AnOfflineSignatureIsCountersignedOnSyncTest {

    private static final TrustLab LAB = new TrustLab("offline-sign");
    private final NotebookSigning notebook = new NotebookSigning(LAB);

    @AfterAll
    static void close() {
        LAB.close();
    }

    @Test
    void theSignatureIsAppliedCountersignedAndVerifiable() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());
        WriteElnEntry entry = notebook.writtenEntry(bench, LAB.org.technician(), "Leakage of GaN #7");
        SignElnEntry sign = bench.sign(notebook.signedOffline(
                bench,
                LAB.org.technician(),
                entry.entryId(),
                SignatureMeaning.AUTHORED,
                NotebookSigning.hashOf(entry),
                bench.keys.get(LAB.org.technician().userId())));
        LAB.clock.advance(Duration.ofHours(3));

        CommandResult answer = bench.push(LAB.org.technician(), sign).results().get(0);

        assertThat(answer).isInstanceOf(CommandResult.Applied.class);
        JsonNode signature =
                notebook.signaturesOf(entry.entryId(), LAB.org.pi()).get(0);
        assertThat(signature.path("printed_name").asText()).isNotBlank();
        assertThat(signature.path("meaning").asText()).isEqualTo("authored");
        assertThat(signature.path("time_zone").asText()).isEqualTo("UTC");
        assertThat(signature.path("signed_on_workstation").asBoolean()).isTrue();
        assertThat(signature.path("valid").asBoolean()).isTrue();
        assertThat(signature.path("countersigned_at").asText()).isNotBlank();
        assertThat(signature.path("entry_row_version").asLong()).isEqualTo(1);

        JsonNode verification = notebook.verification(entry.entryId(), sign.signatureId(), LAB.org.viewer())
                .body();
        assertThat(verification.path("device_signature").asText()).isEqualTo("verifies");
        assertThat(verification.path("countersignature").asText()).isEqualTo("verifies");
        assertThat(verification.path("content_sha256").asText()).isEqualTo(NotebookSigning.hashOf(entry));
        assertThat(verification.path("content_unchanged").asBoolean()).isTrue();
        assertThat(verification.path("holds").asBoolean()).isTrue();
    }
}
