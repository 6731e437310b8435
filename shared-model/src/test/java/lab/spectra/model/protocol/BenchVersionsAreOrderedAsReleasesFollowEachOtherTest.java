package lab.spectra.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchVersionsAreOrderedAsReleasesFollowEachOtherTest {

    @Test
    void partsCompareAsNumbersNotAsText() {
        assertThat(version("1.10.0").isNewerThan(version("1.9.0"))).isTrue();
        assertThat(version("2.0.0").isNewerThan(version("1.99.99"))).isTrue();
        assertThat(version("1.4.1").isNewerThan(version("1.4.0"))).isTrue();
        assertThat(version("1.4.0").isNewerThan(version("1.4.1"))).isFalse();
    }

    @Test
    void aSnapshotComesBeforeItsReleaseAndAfterThePreviousOne() {
        assertThat(version("1.4.0").isNewerThan(version("1.4.0-SNAPSHOT"))).isTrue();
        assertThat(version("1.4.0-SNAPSHOT").isNewerThan(version("1.4.0"))).isFalse();
        assertThat(version("1.4.0-SNAPSHOT").isNewerThan(version("1.3.9"))).isTrue();
        assertThat(version("1.4.0-SNAPSHOT").snapshot()).isTrue();
    }

    @Test
    void missingPartsCountAsZeroSoTheSameReleaseIsNeverNewer() {
        assertThat(version("1.4")).isEqualTo(version("1.4.0")).hasSameHashCodeAs(version("1.4.0"));
        assertThat(version("1.4").compareTo(version("1.4.0"))).isZero();
        assertThat(version("1.4.0").isNewerThan(version("1.4.0"))).isFalse();
        assertThat(version(" 1.4.0 ").toString()).isEqualTo("1.4");
        assertThat(version("1.4.0-SNAPSHOT").toString()).isEqualTo("1.4-SNAPSHOT");
    }

    @Test
    void textThatNamesNoReleaseIsNoVersion() {
        assertThat(BenchVersion.parse(null)).isEmpty();
        assertThat(BenchVersion.parse("")).isEmpty();
        assertThat(BenchVersion.parse("${project.version}"))
                .as("a build that never filled it in")
                .isEmpty();
        assertThat(BenchVersion.parse("1.4.0-rc1")).isEmpty();
        assertThat(BenchVersion.parse("v1.4.0")).isEmpty();
        assertThat(BenchVersion.parse("1..4")).isEmpty();
        assertThat(BenchVersion.parse("-SNAPSHOT")).isEmpty();
        assertThat(BenchVersion.parse("99999999999.0"))
                .as("a part beyond an int")
                .isEmpty();
    }

    private static BenchVersion version(String text) {
        return BenchVersion.parse(text).orElseThrow();
    }
}
