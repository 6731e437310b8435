package lab.spectra.model.availability;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.sop.Sop;

/**
 * The operator must hold a qualification in force at the moment that covers the recipe's lineage
 * or the instrument's kind (either suffices, ADR 0015). When none is in force, the one that
 * lapsed last is named, with its SOP and date, so the person knows which training to renew.
 */
public final class QualificationPermit implements Permit {

    private static final Comparator<Qualification> LAPSED_LAST = Comparator.comparing((Qualification qualification) ->
                    qualification.revokedAt() != null ? qualification.revokedAt() : qualification.expiresAt())
            .thenComparing(Qualification::id);

    @Override
    public Optional<Hold> check(RunRequest request, DomainState state) {
        List<Qualification> relevant = state.qualificationsOf(request.personId()).stream()
                .filter(qualification -> qualification.covers(
                        request.recipe(), request.instrument().kind()))
                .filter(qualification -> !qualification.qualifiedAt().isAfter(request.at()))
                .toList();
        if (relevant.stream().anyMatch(qualification -> qualification.inForceAt(request.at()))) {
            return Optional.empty();
        }
        Optional<Qualification> lapsed = relevant.stream().max(LAPSED_LAST);
        if (lapsed.isEmpty()) {
            return Optional.of(new Hold.NotQualified(
                    request.personName(),
                    request.recipe().title(),
                    request.instrument().kind()));
        }
        Qualification last = lapsed.get();
        String sop = state.sop(last.sopId()).map(Sop::label).orElse("the SOP of " + last.scope());
        return Optional.of(
                last.revokedBy(request.at())
                        ? new Hold.QualificationRevoked(request.personName(), sop, last)
                        : new Hold.QualificationExpired(request.personName(), sop, last));
    }
}
