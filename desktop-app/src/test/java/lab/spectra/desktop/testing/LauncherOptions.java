package lab.spectra.desktop.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the installed app's launcher starts with, read from the one place they are
 * written ({@code installers/src/jpackage/common.args}), so that a harness measuring "the app"
 * runs with exactly them and a test can check them.
 */
public final class LauncherOptions {

    private static final Path ARGS = Path.of("installers", "src", "jpackage", "common.args");
    private static final Pattern JAVA_OPTIONS = Pattern.compile("^--java-options\\s+\"([^\"]*)\"\\s*$");

    private LauncherOptions() {}

    /** Each option of every {@code --java-options} line, in order. */
    public static List<String> javaOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(argsFile())) {
            Matcher matcher = JAVA_OPTIONS.matcher(line.strip());
            if (matcher.matches()) {
                options.addAll(Arrays.asList(matcher.group(1).strip().split("\\s+")));
            }
        }
        return options;
    }

    /** The file, found from the repository root or any module folder below it (where Maven runs tests). */
    private static Path argsFile() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(ARGS);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + ARGS + " above " + Path.of("").toAbsolutePath());
    }
}
