package lab.spectra.desktop.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system prefers dark windows. JavaFX 21 cannot tell, so this asks the
 * platform's own settings: GNOME's {@code color-scheme} (and a dark GTK theme name), Windows'
 * {@code AppsUseLightTheme} in the registry, macOS's {@code AppleInterfaceStyle}. Best effort: a
 * missing tool, a timeout or an unknown answer means light. Blocks up to two seconds per question;
 * call it off the JavaFX thread.
 */
public final class SystemColorScheme {

    private static final long TIMEOUT_SECONDS = 2;

    private SystemColorScheme() {}

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String answer = ask(List.of(
                    "reg",
                    "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v",
                    "AppsUseLightTheme"));
            return windowsPrefersDark(answer);
        }
        if (os.contains("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .toLowerCase(Locale.ROOT)
                    .contains("dark");
        }
        String scheme = ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (!scheme.isBlank()) {
            return gnomePrefersDark(scheme, "");
        }
        return gnomePrefersDark("", ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")));
    }

    /** {@code reg query}'s answer: {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static boolean windowsPrefersDark(String answer) {
        return answer.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*");
    }

    /** GNOME's {@code 'prefer-dark'}, or an older desktop's dark GTK theme such as {@code 'Adwaita-dark'}. */
    static boolean gnomePrefersDark(String colorScheme, String gtkTheme) {
        return colorScheme.contains("prefer-dark")
                || gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String ask(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            try (InputStream out = process.getInputStream()) {
                return new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
