package lab.spectra.desktop.notebook.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The launch notice tells a signer that someone else's edit voided their signature, with the
 * entry, who, when and why, until they sign the new version; voids older than two weeks are not
 * repeated.
 */
class TheAuthorIsToldAtLaunchThatAnEditVoidedTheirSignatureTest {

    private final Lab lab = new Lab();
    private final UUID entry = Ids.newId();
    private final List<Signature> onTheEntry = new ArrayList<>();
    private final List<Signature> voided = new ArrayList<>();

    private final VoidedSignatureNotices notices = new VoidedSignatureNotices(
            author -> voided,
            new VoidedSignatureNotices.Names() {
                @Override
                public String entryTitle(UUID entryId) {
                    return entryId.equals(entry) ? "Anneal log" : "?";
                }

                @Override
                public String person(UUID userId) {
                    return userId.equals(lab.engineer.userId()) ? "Eli Engineer" : "?";
                }

                @Override
                public List<Signature> signaturesOf(UUID entryId) {
                    return onTheEntry;
                }
            },
            Clock.fixed(Lab.NOW, ZoneOffset.UTC));

    private Signature signature(Instant signedAt) {
        return new Signature(
                Ids.newId(),
                lab.organizationId,
                ElnEntry.RECORD_TABLE,
                entry,
                lab.technician.userId(),
                "Tess Technician",
                SignatureMeaning.AUTHORED,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                signedAt,
                null,
                null,
                signedAt,
                1);
    }

    private Signature voidedBefore(Duration ago) {
        Signature signature = signature(Lab.NOW.minus(ago).minusSeconds(3600))
                .voided(Lab.NOW.minus(ago), lab.engineer.userId(), "Corrected the temperature");
        voided.add(signature);
        onTheEntry.add(signature);
        return signature;
    }

    @Test
    void aRecentVoidNamesTheEntryWhoAndWhy() {
        voidedBefore(Duration.ofDays(2));

        assertThat(notices.evaluate(LabPeople.signedIn(lab.technician)))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("Your signature (authored) on \"Anneal log\" was voided on ")
                        .contains("by Eli Engineer: Corrected the temperature")
                        .endsWith("sign it if it still holds."));
    }

    @Test
    void signingTheNewVersionAgainEndsTheNotice() {
        voidedBefore(Duration.ofDays(2));
        onTheEntry.add(signature(Lab.NOW.minus(Duration.ofDays(1))));

        assertThat(notices.evaluate(LabPeople.signedIn(lab.technician))).isEmpty();
    }

    @Test
    void aVoidOlderThanTwoWeeksIsNotRepeated() {
        voidedBefore(Duration.ofDays(15));

        assertThat(notices.evaluate(LabPeople.signedIn(lab.technician))).isEmpty();
    }
}
