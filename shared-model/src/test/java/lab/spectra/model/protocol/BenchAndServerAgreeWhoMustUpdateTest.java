package lab.spectra.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BenchAndServerAgreeWhoMustUpdateTest {

    private final SyncProtocol.Range oneToTwo = new SyncProtocol.Range(1, 2);

    @Test
    void aBenchWithinTheServersRangeSyncsOneBelowUpdatesOneAboveWaits() {
        assertThat(SyncProtocol.judge(1, oneToTwo)).isInstanceOf(SyncProtocol.Speaks.class);
        assertThat(SyncProtocol.judge(2, oneToTwo)).isInstanceOf(SyncProtocol.Speaks.class);
        assertThat(SyncProtocol.judge(1, new SyncProtocol.Range(2, 2)))
                .isInstanceOfSatisfying(SyncProtocol.BenchTooOld.class, old -> assertThat(old.message())
                        .contains("speaks sync protocol 1", "accepts 2 and newer", "kept"));
        assertThat(SyncProtocol.judge(3, oneToTwo))
                .isInstanceOfSatisfying(SyncProtocol.ServerTooOld.class, newer -> assertThat(newer.message())
                        .contains("up to 2", "this bench 3", "kept and sent once the server is updated"));
    }

    @Test
    void aBenchNamingNoVersionSpeaksTheFirstAndAnythingButANumberIsMalformed() {
        assertThat(SyncProtocol.benchVersion(null)).isEqualTo(OptionalInt.of(SyncProtocol.UNVERSIONED));
        assertThat(SyncProtocol.benchVersion(" 2 ")).isEqualTo(OptionalInt.of(2));
        assertThat(SyncProtocol.benchVersion("two")).isEmpty();
        assertThat(SyncProtocol.benchVersion("-1")).isEmpty();
        assertThat(SyncProtocol.benchVersion("0")).isEmpty();
        assertThat(SyncProtocol.benchVersion("")).isEmpty();
        assertThat(SyncProtocol.benchVersion("99999999999")).isEmpty();
    }

    @Test
    void theServersRangeReadsBackFromItsHeaderAndNothingElseDoes() {
        assertThat(SyncProtocol.Range.parse(oneToTwo.header())).contains(oneToTwo);
        assertThat(SyncProtocol.Range.parse(null)).isEmpty();
        assertThat(SyncProtocol.Range.parse("2")).isEqualTo(Optional.empty());
        assertThat(SyncProtocol.Range.parse("3-2")).isEmpty();
        assertThat(SyncProtocol.Range.parse("a-b")).isEmpty();
    }

    @Test
    void aServerCannotRequireAVersionItDoesNotSpeak() {
        assertThat(SyncProtocol.Range.upTo(1)).isEqualTo(new SyncProtocol.Range(1, SyncProtocol.CURRENT));
        assertThatThrownBy(() -> SyncProtocol.Range.upTo(SyncProtocol.CURRENT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncProtocol.Range(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
