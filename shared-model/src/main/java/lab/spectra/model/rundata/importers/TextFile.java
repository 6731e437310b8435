package lab.spectra.model.rundata.importers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lab.spectra.model.rundata.ImportError.Problem;

/**
 * An export file as numbered lines. Instrument software writes UTF-8 or, on Windows, the ANSI code
 * page (a {@code µA} or {@code °} in cp1252), so bytes that are not valid UTF-8 are read as
 * windows-1252 rather than refused.
 */
final class TextFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<String> lines;

    private TextFile(List<String> lines) {
        this.lines = lines;
    }

    static TextFile decode(byte[] content) {
        if (content.length == 0) {
            throw new MalformedFile(Problem.EMPTY_FILE, 0, "The file is empty");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new MalformedFile(Problem.NOT_TEXT, 0, "This is a binary file, not a text export");
            }
        }
        String text = asText(content);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        return new TextFile(text.lines().toList());
    }

    static String asText(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** Number of lines; line numbers run from 1 to this. */
    int count() {
        return lines.size();
    }

    /** The text of a line, 1-based as an editor shows it. */
    String line(int number) {
        return lines.get(number - 1);
    }

    boolean isBlank(int number) {
        return line(number).isBlank();
    }
}
