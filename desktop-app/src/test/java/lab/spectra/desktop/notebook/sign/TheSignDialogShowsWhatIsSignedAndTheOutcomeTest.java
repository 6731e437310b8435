package lab.spectra.desktop.notebook.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The sign dialog shows the entry, its version and the hash that will be signed, offers only the
 * meanings given, and reports a wrong password and a signature in words; the signer gets exactly
 * the hash shown and the password typed.
 */
class TheSignDialogShowsWhatIsSignedAndTheOutcomeTest {

    @RegisterExtension
    final FxWindow window = new FxWindow(700, 700);

    private final WorkerThreadTaskRunner tasks = new WorkerThreadTaskRunner();
    private final Instant now = Instant.parse("2026-03-10T09:00:00Z");
    private final ElnEntry entry = new ElnEntry(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "Anneal of lot 7",
            "Held at 400 C for 30 min.",
            UUID.randomUUID(),
            List.of(),
            List.of(),
            List.of(),
            now,
            now,
            null,
            3);

    /** Refuses the first password as wrong, accepts the second; keeps what it was given. */
    private static final class FakeSigner implements EntrySigner {
        final List<String> passwords = new ArrayList<>();
        final List<String> hashes = new ArrayList<>();

        @Override
        public synchronized SigningOutcome sign(
                UUID entryId, String contentSha256, SignatureMeaning meaning, char[] password) {
            passwords.add(new String(password));
            hashes.add(contentSha256);
            return passwords.size() == 1
                    ? new SigningOutcome.WrongPassword(4)
                    : new SigningOutcome.Signed(UUID.randomUUID(), contentSha256);
        }
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @Test
    @Timeout(30)
    void aWrongPasswordIsSaidSoAndTheRightOneSignsTheShownHash(FxRobot robot) {
        FakeSigner signer = new FakeSigner();
        List<String> signed = new ArrayList<>();
        SignDialogViewModel model = new SignDialogViewModel(
                SigningRequest.of(entry, 2),
                List.of(SignatureMeaning.AUTHORED, SignatureMeaning.REVIEWED),
                signer,
                tasks,
                () -> signed.add("signed"));
        window.show(() -> Views.load(new SignDialogController(model)));

        assertThat(robot.lookup("#sign-title").queryLabeled().getText()).isEqualTo("Anneal of lot 7");
        assertThat(robot.lookup("#sign-version").queryLabeled().getText()).isEqualTo("Version 2");
        assertThat(robot.lookup("#sign-hash").queryLabeled().getText()).isEqualTo(SignedContent.sha256(entry));
        ComboBox<SignatureMeaning> meaning = robot.lookup("#sign-meaning").queryComboBox();
        assertThat(meaning.getItems()).containsExactly(SignatureMeaning.AUTHORED, SignatureMeaning.REVIEWED);

        robot.interact(() -> meaning.setValue(SignatureMeaning.REVIEWED));
        robot.clickOn("#sign-password").write("wrong");
        robot.clickOn("#sign-button");
        FxWindow.awaitUntil(
                () -> robot.lookup("#sign-message").queryLabeled().getText().startsWith("The password is wrong"));
        assertThat(robot.lookup("#sign-message").queryLabeled().getText()).contains("4 more wrong passwords");
        assertThat(signed).isEmpty();

        robot.clickOn("#sign-password").write("right");
        robot.clickOn("#sign-button");
        FxWindow.awaitUntil(() -> !signed.isEmpty());

        assertThat(robot.lookup("#sign-message").queryLabeled().getText())
                .isEqualTo("Signed Anneal of lot 7 (version 2) as reviewed");
        assertThat(signer.passwords).containsExactly("wrong", "right");
        assertThat(signer.hashes).containsOnly(SignedContent.sha256(entry));
        assertThat(robot.lookup("#sign-button").queryButton().isDisabled()).isTrue();
    }

    @Test
    @Timeout(30)
    void withoutAMeaningNothingIsSentToTheSigner(FxRobot robot) {
        FakeSigner signer = new FakeSigner();
        SignDialogViewModel model = new SignDialogViewModel(
                SigningRequest.of(entry, 1),
                List.of(SignatureMeaning.REVIEWED, SignatureMeaning.APPROVED),
                signer,
                tasks,
                () -> {});
        window.show(() -> Views.load(new SignDialogController(model)));

        robot.clickOn("#sign-password").write("secret");
        robot.clickOn("#sign-button");

        assertThat(robot.lookup("#sign-message").queryLabeled().getText())
                .isEqualTo("Choose what your signature means");
        assertThat(signer.passwords).isEmpty();
    }
}
