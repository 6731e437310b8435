package lab.spectra.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The choice survives a restart; a missing or damaged file means "same as the system". */
class TheAppearanceChosenIsRememberedOnThisPcTest {

    @TempDir
    Path data;

    @Test
    void aSavedChoiceIsReadBack() {
        assertThat(new AppearanceFile(data).save(Appearance.DARK)).isTrue();

        assertThat(new AppearanceFile(data).load()).isEqualTo(Appearance.DARK);
    }

    @Test
    void nothingSavedOrAnUnknownValueMeansTheSystemsChoice() throws IOException {
        assertThat(new AppearanceFile(data).load()).isEqualTo(Appearance.SYSTEM);

        Files.writeString(data.resolve("appearance.properties"), "appearance=purple\n");
        assertThat(new AppearanceFile(data).load()).isEqualTo(Appearance.SYSTEM);
    }

    @Test
    void theSystemsChoiceFollowsTheSystemAndTheOthersDoNot() {
        assertThat(Appearance.SYSTEM.dark(true)).isTrue();
        assertThat(Appearance.SYSTEM.dark(false)).isFalse();
        assertThat(Appearance.DARK.dark(false)).isTrue();
        assertThat(Appearance.LIGHT.dark(true)).isFalse();
    }
}
