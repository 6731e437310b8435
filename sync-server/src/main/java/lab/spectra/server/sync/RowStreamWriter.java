package lab.spectra.server.sync;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.protocol.RowCodec;

/**
 * Writes newline-delimited JSON straight to an answer's body through one generator: a line per
 * row, written as the row is read, so a page is never held in memory on the server.
 */
final class RowStreamWriter implements AutoCloseable {

    /** Big enough that the answer goes out in few writes, small enough not to matter per request. */
    private static final int BUFFER_BYTES = 64 * 1024;

    private final JsonGenerator generator;
    private final ObjectWriter lines;
    private final RowCodec codec;

    RowStreamWriter(ObjectMapper mapper, RowCodec codec, OutputStream body) {
        try {
            this.generator = mapper.getFactory()
                    .createGenerator(new BufferedOutputStream(body, BUFFER_BYTES), JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Lines are separated by a newline rather than the generator's default space.
        generator.setRootValueSeparator(null);
        this.lines = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.codec = codec;
    }

    /** A line of its own for a whole record (a stream's first or last line). */
    void line(Object value) {
        try {
            lines.writeValue(generator, value);
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"table": ..., "data": {...}}}: a row of an initial load. */
    void snapshotRow(String table, Row row) {
        try {
            generator.writeStartObject();
            generator.writeStringField("table", table);
            generator.writeFieldName("data");
            codec.write(generator, row);
            generator.writeEndObject();
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code {"change_number": ..., "table": ..., "id": ..., "data": {...}}}: a change of a pull
     * page, the same object as in the JSON form; {@code row} null is a tombstone (no data).
     */
    void change(long changeNumber, String table, UUID id, Row row) {
        try {
            generator.writeStartObject();
            generator.writeNumberField("change_number", changeNumber);
            generator.writeStringField("table", table);
            generator.writeStringField("id", id.toString());
            if (row != null) {
                generator.writeFieldName("data");
                codec.write(generator, row);
            }
            generator.writeEndObject();
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
