package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2));

    @Test
    void waitsDoubleAfterEachFailureUpToTheMaximum() {
        assertThat(backoff.after(1, () -> 0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2, () -> 0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(4, () -> 0)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.after(7, () -> 0)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(1_000, () -> 0)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void randomnessShortensAWaitByAtMostAFifth() {
        assertThat(backoff.after(3, () -> 0.999_999)).isGreaterThan(Duration.ofMillis(6_400));
        assertThat(backoff.after(3, () -> 0.5)).isEqualTo(Duration.ofMillis(7_200));
    }

    @Test
    void thereIsNoBackoffWithoutAFailureOrWithNonsenseBounds() {
        assertThatThrownBy(() -> backoff.after(0, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
