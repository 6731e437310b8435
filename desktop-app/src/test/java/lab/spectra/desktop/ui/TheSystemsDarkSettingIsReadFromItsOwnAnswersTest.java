package lab.spectra.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The platform's answers, as its tools print them, say dark or light. */
class TheSystemsDarkSettingIsReadFromItsOwnAnswersTest {

    @Test
    void windowsAppsUseLightThemeZeroMeansDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String light = dark.replace("0x0", "0x1");

        assertThat(SystemColorScheme.windowsPrefersDark(dark)).isTrue();
        assertThat(SystemColorScheme.windowsPrefersDark(light)).isFalse();
        assertThat(SystemColorScheme.windowsPrefersDark("ERROR: The system was unable to find the value"))
                .isFalse();
    }

    @Test
    void gnomePreferDarkOrADarkGtkThemeMeansDark() {
        assertThat(SystemColorScheme.gnomePrefersDark("'prefer-dark'\n", "")).isTrue();
        assertThat(SystemColorScheme.gnomePrefersDark("'default'\n", "")).isFalse();
        assertThat(SystemColorScheme.gnomePrefersDark("", "'Adwaita-dark'\n")).isTrue();
        assertThat(SystemColorScheme.gnomePrefersDark("", "'Adwaita'\n")).isFalse();
    }
}
