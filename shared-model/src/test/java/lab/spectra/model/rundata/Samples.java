package lab.spectra.model.rundata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample export files under {@code src/test/resources/rundata}, and small helpers for reading outcomes. */
public final class Samples {

    private Samples() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/rundata/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The sample with line {@code number} (1-based) replaced, keeping the file's CRLF line ends. */
    public static byte[] withLine(String name, int number, String replacement) {
        String[] lines = text(name).split("\r\n", -1);
        lines[number - 1] = replacement;
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** The sample cut off after line {@code number}, as a transfer that stopped half way would leave it. */
    public static byte[] truncatedAfter(String name, int number) {
        String[] lines = text(name).split("\r\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < number; i++) {
            kept.append(lines[i]).append("\r\n");
        }
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static ImportedData.Curves curves(ImportOutcome outcome) {
        return (ImportedData.Curves) outcome.orElseThrow();
    }

    public static ImportError error(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Failed failed) {
            return failed.error();
        }
        throw new AssertionError("Expected the import to fail but it read " + outcome);
    }
}
