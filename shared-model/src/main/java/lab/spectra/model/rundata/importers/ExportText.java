package lab.spectra.model.rundata.importers;

import java.nio.charset.StandardCharsets;

/** Builds a text export with CRLF line ends, as the Windows programs that write these formats do. */
final class ExportText {

    private final StringBuilder text = new StringBuilder();

    ExportText line(String line) {
        text.append(line).append("\r\n");
        return this;
    }

    /** Shortest decimal that reads back as exactly the same double. */
    static String number(double value) {
        return Double.toString(value);
    }

    byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
