package lab.spectra.server.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.trust.TimeReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSigningKeysAreKeptForeverTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final UUID ORG = UUID.fromString("0190f5a4-0000-7000-8000-000000000001");
    private static final UUID BENCH = UUID.fromString("0190f5a4-0000-7000-8000-000000000002");

    @TempDir
    Path directory;

    @Test
    void theKeyFileIsCreatedOnceAndReadBackTheSame() throws Exception {
        Path file = directory.resolve("server").resolve("record-keys.json");

        RecordSigningKeys created = RecordSigningKeys.loadOrCreate(file, CLOCK);
        RecordSigningKeys reloaded = RecordSigningKeys.loadOrCreate(file, CLOCK);

        assertThat(reloaded.keyIds()).isEqualTo(created.keyIds());
        assertThat(created.signingKey().getKeyID()).startsWith(RecordSigningKeys.KEY_ID_PREFIX);
    }

    @Test
    void whatARetiredKeySignedStillVerifiesAfterRotationButItSignsNoMore() throws Exception {
        Path file = directory.resolve("record-keys.json");
        RecordSigningKeys before = RecordSigningKeys.loadOrCreate(file, CLOCK);
        TimeReceipt old = TimeReceipt.issue(before.signingKey(), ORG, BENCH, Instant.parse("2026-01-01T00:00:00Z"));

        RecordSigningKeys after = before.rotate(CLOCK);
        after.save(file);
        RecordSigningKeys reloaded = RecordSigningKeys.loadOrCreate(file, CLOCK);

        assertThat(TimeReceipt.verify(old.compact(), reloaded.publicKeys())).isPresent();
        assertThat(reloaded.signingKey().getKeyID()).isNotEqualTo(old.keyId());
        assertThat(reloaded.keyIds()).hasSize(2).contains(old.keyId());
        assertThat(Files.readString(file)).contains(old.keyId());
    }

    @Test
    void aKeyFileWithAForeignKeyIsRefused() {
        assertThatThrownBy(
                        () -> RecordSigningKeys.fromJson("{\"keys\":[{\"kty\":\"oct\",\"kid\":\"x\",\"k\":\"AAAA\"}]}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
