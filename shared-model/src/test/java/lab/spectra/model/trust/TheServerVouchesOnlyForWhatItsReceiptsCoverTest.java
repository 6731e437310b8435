package lab.spectra.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.RejectionCode;
import org.junit.jupiter.api.Test;

class TheServerVouchesOnlyForWhatItsReceiptsCoverTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID BENCH = UUID.randomUUID();
    private static final Instant RECEIVED = Instant.parse("2026-11-29T12:00:00Z");
    private static final Instant LAST_CONTACT = RECEIVED.minus(Duration.ofDays(2));
    private static final Duration WINDOW = Duration.ofDays(7);

    private final TimeReceipt receipt = TimeReceipt.issue(key(), ORG, BENCH, LAST_CONTACT);

    private CommandMeta authoredAt(Instant at) {
        return new CommandMeta(UUID.randomUUID(), UUID.randomUUID(), BENCH, at);
    }

    @Test
    void anUnsignedCommandIsJudgedAtTheServersReceiveTime() {
        TimeVouching.Verdict verdict = TimeVouching.judge(
                authoredAt(RECEIVED.minus(Duration.ofDays(60))), false, Optional.empty(), RECEIVED, WINDOW);

        assertThat(verdict).isEqualTo(new TimeVouching.Vouched(RECEIVED, java.util.List.of()));
    }

    @Test
    void aSignedCommandDatedBeforeItsReceiptIsImpossible() {
        TimeVouching.Verdict verdict = TimeVouching.judge(
                authoredAt(LAST_CONTACT.minusSeconds(1)), true, Optional.of(receipt), RECEIVED, WINDOW);

        assertThat(verdict).isInstanceOf(TimeVouching.Impossible.class);
        assertThat(((TimeVouching.Impossible) verdict).code()).isEqualTo(RejectionCode.IMPOSSIBLE_TIME);
    }

    @Test
    void aSignedCommandDatedAfterItsReceiptIsJudgedAtItsOwnTime() {
        Instant authored = LAST_CONTACT.plus(Duration.ofHours(3));

        TimeVouching.Verdict verdict =
                TimeVouching.judge(authoredAt(authored), true, Optional.of(receipt), RECEIVED, WINDOW);

        assertThat(verdict).isEqualTo(new TimeVouching.Vouched(authored, java.util.List.of()));
    }

    @Test
    void aSignedCommandFromTheFutureIsImpossible() {
        TimeVouching.Verdict verdict = TimeVouching.judge(
                authoredAt(RECEIVED.plus(Duration.ofHours(1))), true, Optional.of(receipt), RECEIVED, WINDOW);

        assertThat(((TimeVouching.Impossible) verdict).code()).isEqualTo(RejectionCode.CLOCK_AHEAD);
    }

    @Test
    void aSignedCommandMadeLongerAfterItsReceiptThanTheWindowIsFlaggedNotRefused() {
        TimeReceipt old = TimeReceipt.issue(key(), ORG, BENCH, RECEIVED.minus(Duration.ofDays(30)));
        Instant authored = RECEIVED.minus(Duration.ofDays(1));

        TimeVouching.Verdict verdict =
                TimeVouching.judge(authoredAt(authored), true, Optional.of(old), RECEIVED, WINDOW);

        assertThat(verdict).isInstanceOf(TimeVouching.Vouched.class);
        assertThat(((TimeVouching.Vouched) verdict).judgedAt()).isEqualTo(authored);
        assertThat(((TimeVouching.Vouched) verdict).flags())
                .extracting(ReviewFlag::code)
                .containsExactly(ReviewFlag.OFFLINE_WINDOW_EXCEEDED);
    }

    @Test
    void aSignedCommandWithoutAnyReceiptIsFlaggedNotRefused() {
        TimeVouching.Verdict verdict = TimeVouching.judge(
                authoredAt(RECEIVED.minus(Duration.ofDays(3))), true, Optional.empty(), RECEIVED, WINDOW);

        assertThat(((TimeVouching.Vouched) verdict).flags())
                .extracting(ReviewFlag::code)
                .containsExactly(ReviewFlag.NO_TIME_RECEIPT);
    }

    private static ECKey key() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID("record-test")
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
