package lab.spectra.model.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.testing.Lab;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For any grant, expiry, revocation and moment, the qualification permit lets a run start exactly
 * when the moment lies in [granted, expires) and before the revocation, and otherwise names the
 * right reason.
 */
class AQualificationPermitsExactlyWhileInForceTest {

    private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

    @Property
    void theRunIsAvailableExactlyWhileTheQualificationIsInForce(
            @ForAll("hours") int granted,
            @ForAll("lengths") int length,
            @ForAll("revocations") Optional<Integer> revoked,
            @ForAll("hours") int moment) {
        Lab lab = new Lab();
        Actor operator = lab.actor(Role.TECHNICIAN, "Nina Newcomer");
        Instant grantedAt = hour(granted);
        Instant expiresAt = hour(granted + length);
        Instant at = hour(moment);
        Qualification qualification = lab.qualification(operator, InstrumentKind.SMU, "IV sweep", grantedAt, expiresAt);
        if (revoked.isPresent()) {
            qualification =
                    qualification.revoke(lab.pi.userId(), "retraining", hour(revoked.get()), hour(revoked.get()));
        }
        lab.state.put(qualification);

        Optional<Hold> hold = new QualificationPermit()
                .check(
                        new RunRequest(operator.userId(), operator.displayName(), lab.smu, lab.approvedIvSweep, at),
                        lab.state);

        boolean revokedThen = revoked.isPresent() && moment >= revoked.get();
        Optional<RejectionCode> expected;
        if (moment < granted) {
            expected = Optional.of(RejectionCode.NOT_QUALIFIED);
        } else if (revokedThen) {
            expected = Optional.of(RejectionCode.QUALIFICATION_REVOKED);
        } else if (moment >= granted + length) {
            expected = Optional.of(RejectionCode.QUALIFICATION_EXPIRED);
        } else {
            expected = Optional.empty();
        }
        Statistics.label("outcome")
                .collect(expected.map(RejectionCode::wireName).orElse("available"));
        assertThat(hold.map(Hold::code)).isEqualTo(expected);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("available").percentage(p -> p > 5);
            coverage.check("qualification_expired").percentage(p -> p > 5);
            coverage.check("qualification_revoked").percentage(p -> p > 5);
            coverage.check("not_qualified").percentage(p -> p > 5);
        });
    }

    private static Instant hour(int hours) {
        return ORIGIN.plus(Duration.ofHours(hours));
    }

    @Provide
    Arbitrary<Integer> hours() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(1, 60);
    }

    @Provide
    Arbitrary<Optional<Integer>> revocations() {
        return Arbitraries.integers().between(0, 100).optional(0.4);
    }
}
