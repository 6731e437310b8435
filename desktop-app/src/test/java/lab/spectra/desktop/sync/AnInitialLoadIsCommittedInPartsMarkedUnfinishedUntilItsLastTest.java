package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.Organization;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032, revised: while a load streams in, what is committed is whole parts of it, marked
 * unfinished and without a checkpoint; the last part clears the mark and writes the checkpoint.
 * Another connection looks at the bench in the middle of the stream, as a screen or a restart would.
 */
class AnInitialLoadIsCommittedInPartsMarkedUnfinishedUntilItsLastTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final int SAMPLES = 2_500;
    private static final int PART = 1_000;
    private static final long CHECKPOINT = 4_242;

    private final ObjectMapper mapper = DomainJson.newMapper();
    private final UUID organizationId = Ids.newId();

    /** What another connection saw: whether the mark was set, the samples committed, the checkpoint. */
    private record Seen(boolean unfinished, long samples, long checkpoint) {}

    @Test
    void onlyWholePartsAreCommittedMarkedUnfinishedAndTheLastPartWritesTheCheckpoint() throws IOException {
        byte[] stream = snapshot();
        List<Seen> seen = new ArrayList<>();
        try (LocalDatabase database = LocalDatabase.open(SyncTestbed.newDataDirectory(), KEY)) {
            JdbcRowWriter writer = new JdbcRowWriter(SqlDialect.H2, mapper);
            StreamedPulls pulls = new StreamedPulls(mapper, writer, new PulledRowWriter(mapper, writer));
            // Looks from another connection each time a further fifth of the stream has been read.
            InputStream body = new LookingStream(stream, stream.length / 5, () -> seen.add(look(database)));

            StreamedPulls.Stored stored = database.transaction(connection -> {
                try {
                    return pulls.initialLoad(connection, organizationId, body, PART);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            assertThat(stored.rows()).isEqualTo(SAMPLES + 1);
            assertThat(seen).hasSizeGreaterThanOrEqualTo(4);
            assertThat(seen).allSatisfy(look -> {
                assertThat(look.unfinished()).isTrue();
                assertThat(look.checkpoint()).isZero();
                assertThat(look.samples() % PART).isZero();
            });
            assertThat(seen).anySatisfy(look -> assertThat(look.samples()).isPositive());
            assertThat(look(database)).isEqualTo(new Seen(false, SAMPLES, CHECKPOINT));
        }
    }

    private Seen look(LocalDatabase database) {
        return database.transaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM samples");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Seen(
                        InitialLoadMark.isSet(connection),
                        rows.getLong(1),
                        BenchState.read(connection).checkpoint());
            }
        });
    }

    /** A snapshot as the server streams it: start line, the organization, its samples, end line. */
    private byte[] snapshot() throws IOException {
        Instant now = Instant.now();
        RowCodec codec = new RowCodec(mapper);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = mapper.getFactory().createGenerator(bytes)) {
            out.setRootValueSeparator(new SerializedString("\n"));
            out.writeStartObject();
            out.writeNumberField("checkpoint", CHECKPOINT);
            out.writeStringField("server_time", now.toString());
            out.writeEndObject();
            row(
                    out,
                    codec,
                    "organizations",
                    new Organization(organizationId, "parts", "Parts", null, now, now, null, 1));
            for (int i = 0; i < SAMPLES; i++) {
                row(
                        out,
                        codec,
                        "samples",
                        new Sample(
                                Ids.newId(),
                                organizationId,
                                "Sample " + i,
                                "P-" + i,
                                null,
                                "Cabinet",
                                SampleStatus.AVAILABLE,
                                null,
                                null,
                                null,
                                now,
                                now,
                                null,
                                1,
                                null,
                                null));
            }
            out.writeStartObject();
            out.writeNumberField("rows", SAMPLES + 1);
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void row(JsonGenerator out, RowCodec codec, String table, lab.spectra.model.command.Row row)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("table", table);
        out.writeFieldName("data");
        codec.write(out, row);
        out.writeEndObject();
    }

    /** Hands the stream over in small reads, running {@code look} each time another {@code every} bytes went. */
    private static final class LookingStream extends FilterInputStream {
        private final long every;
        private final Runnable look;
        private long read;
        private long nextLook;

        LookingStream(byte[] bytes, long every, Runnable look) {
            super(new ByteArrayInputStream(bytes));
            this.every = every;
            this.look = look;
            this.nextLook = every;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, Math.min(length, 4_096));
            if (count > 0) {
                read += count;
                while (read >= nextLook) {
                    look.run();
                    nextLook += every;
                }
            }
            return count;
        }
    }
}
