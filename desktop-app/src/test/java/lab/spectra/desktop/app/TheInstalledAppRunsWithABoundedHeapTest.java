package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.desktop.testing.LauncherOptions;
import org.junit.jupiter.api.Test;

/**
 * The installed app's launcher bounds the heap and picks a collector for a bench PC: without a
 * bound the JVM takes a quarter of the PC's memory as its heap and grows into it (567 MB resident
 * with 100,000 samples on a 24 GB PC, against a goal of 400 MB; ADR 0036). The benchmark at scale
 * starts its measuring JVM with these same options, read from the same file.
 */
class TheInstalledAppRunsWithABoundedHeapTest {

    @Test
    void theLauncherOptionsSetAMaximumHeapOfAtMost512MegabytesAndTheSerialCollector() throws Exception {
        List<String> options = LauncherOptions.javaOptions();

        assertThat(options)
                .filteredOn(option -> option.startsWith("-Xmx"))
                .singleElement()
                .satisfies(bound -> {
                    assertThat(megabytes(bound.substring("-Xmx".length()))).isBetween(128L, 512L);
                });
        assertThat(options).contains("-XX:+UseSerialGC");
        assertThat(options).contains("-Xss2m", "-Dfile.encoding=UTF-8");
    }

    private static long megabytes(String size) {
        long number = Long.parseLong(size.substring(0, size.length() - 1));
        return switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'g' -> number * 1024;
            case 'm' -> number;
            case 'k' -> number / 1024;
            default -> throw new IllegalArgumentException("Not a size: " + size);
        };
    }
}
