package lab.spectra.desktop.notebook.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SignedInThroughTheProvider;
import lab.spectra.model.eln.SignatureMeaning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ADR 0024: someone who signs in through the company's identity provider has no password with the
 * lab; the bench passphrase they chose unseals their device key for each signature, online as
 * offline, and the server countersigns it at sync like any other. Another passphrase signs nothing.
 */
class APersonOfTheCompanySignsWithTheirBenchPassphraseTest {

    private static final String PASSPHRASE = "copper-lichen-orbit-19";

    private static SignedInThroughTheProvider pc;

    @BeforeAll
    static void start() {
        pc = new SignedInThroughTheProvider("oidc-signing");
    }

    @AfterAll
    static void stop() {
        pc.close();
    }

    @Test
    @Timeout(90)
    void thePassphraseSignsAndTheServerCountersignsWhileAnotherOneSignsNothing() {
        String subject = "ada-" + UUID.randomUUID();
        CurrentUser ada =
                pc.firstSignIn(subject, subject + "@acme.example", "Ada Lovelace", "lab-technicians", PASSPHRASE);
        UUID entry = OfflineSigningBench.writeEntry(pc.bench, ada.userId(), "Observation by a company account");
        pc.bench.sync().syncNow();
        BenchSigning signing = new BenchSigning(pc.bench);
        String shown = signing.contentSha256(entry).orElseThrow();

        SigningOutcome wrong =
                signing.sign(ada.userId(), entry, SignatureMeaning.AUTHORED, shown, "not-my-passphrase".toCharArray());
        SigningOutcome signed =
                signing.sign(ada.userId(), entry, SignatureMeaning.AUTHORED, shown, PASSPHRASE.toCharArray());
        pc.bench.sync().syncNow();

        assertThat(wrong).isNotInstanceOf(SigningOutcome.Signed.class);
        assertThat(signed).isInstanceOf(SigningOutcome.Signed.class);
        UUID signatureId = ((SigningOutcome.Signed) signed).signatureId();
        assertThat(pc.bench.problems().open()).isEmpty();
        assertThat(new ServerTables(pc.company.lab, pc.company.org)
                        .count(
                                "SELECT count(*) FROM signatures WHERE id = ? AND signer_name = 'Ada Lovelace'"
                                        + " AND countersignature IS NOT NULL",
                                signatureId))
                .isEqualTo(1);
    }
}
