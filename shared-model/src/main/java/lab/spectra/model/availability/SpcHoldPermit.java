package lab.spectra.model.availability;

import java.util.Comparator;
import java.util.Optional;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcFeed;
import lab.spectra.model.spc.SpcSeries;

/**
 * A critical control chart with an open alert holds its instrument for its recipe lineage until
 * someone acknowledges the alert (ADR 0026). Other recipes on the instrument, and charts not marked
 * critical, are not held. An alert raised after the request's moment does not hold it: a run
 * started offline before the alert was raised stands when it syncs.
 */
public final class SpcHoldPermit implements Permit {

    private static final Comparator<SpcAlert> OLDEST_FIRST =
            Comparator.comparing(SpcAlert::raisedAt).thenComparing(SpcAlert::id);

    @Override
    public Optional<Hold> check(RunRequest request, DomainState state) {
        return state.spcSeriesOn(request.instrument().id()).stream()
                .filter(series -> series.critical()
                        && series.deletedAt() == null
                        && series.watchesRecipe(request.recipe().name()))
                .sorted(Comparator.comparing(SpcSeries::name).thenComparing(SpcSeries::id))
                .flatMap(series -> oldestOpenAlert(series, request, state).stream()
                        .map(alert -> (Hold) new Hold.SpcAlertOpen(
                                request.instrument().name(),
                                request.recipe().name(),
                                series.name(),
                                sentenceOf(series, alert))))
                .findFirst();
    }

    private static String sentenceOf(SpcSeries series, SpcAlert alert) {
        return alert.message() != null
                ? alert.message()
                : SpcFeed.messageOf(series, NelsonRule.numbered(alert.ruleNumber()));
    }

    private static Optional<SpcAlert> oldestOpenAlert(SpcSeries series, RunRequest request, DomainState state) {
        return state.openSpcAlertsOf(series.id()).stream()
                .filter(alert -> !alert.raisedAt().isAfter(request.at()))
                .min(OLDEST_FIRST);
    }
}
