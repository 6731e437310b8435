package lab.spectra.desktop.spc.setup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.desktop.spc.setup.SpcSetupQueries.SeriesWithPoints;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.spc.BaselineVerdict;
import lab.spectra.model.spc.FrozenLimits;
import lab.spectra.model.spc.SpcLimitsProposal;
import lab.spectra.model.spc.SpcPoint;

/**
 * "Freeze limits…" and "Change limits…" (PIs and admins): the limits the baseline gives, computed
 * by the shared {@link SpcLimitsProposal} exactly as the deciding side will compute them again, or
 * why this baseline gives none; the PI gives a reason and their password and signs the hash of what
 * is shown. Changing limits starts the baseline at a later point the PI chooses by its date.
 */
public final class FreezeLimitsViewModel {

    private final SpcSetupQueries queries;
    private final LimitsSigner signer;
    private final TaskRunner tasks;
    private final Runnable afterChange;
    private final boolean fromALaterBaseline;
    private final ReadOnlyStringWrapper seriesName = new ReadOnlyStringWrapper("");
    private final ObservableList<SpcPoint> points = FXCollections.observableArrayList();
    private final ObjectProperty<SpcPoint> firstPoint = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SpcLimitsProposal> proposal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signed = new ReadOnlyBooleanWrapper(false);
    private SeriesWithPoints read;

    /**
     * @param fromALaterBaseline "Change limits…": the PI chooses the baseline's first point
     * @param afterChange        called once the decision is applied here (the chart redraws)
     */
    public FreezeLimitsViewModel(
            SpcSetupQueries queries,
            LimitsSigner signer,
            TaskRunner tasks,
            boolean fromALaterBaseline,
            Runnable afterChange) {
        this.queries = queries;
        this.signer = signer;
        this.tasks = tasks;
        this.fromALaterBaseline = fromALaterBaseline;
        this.afterChange = afterChange;
        firstPoint.addListener((observable, before, after) -> propose());
    }

    /** Reads the series and its points, then shows what they give. */
    public void load(UUID seriesId) {
        signed.set(false);
        tasks.run(
                () -> queries.seriesWithPoints(seriesId),
                found -> {
                    if (found.isEmpty()) {
                        read = null;
                        refusal.set("This series is no longer on this bench (deleted, or not synced yet)");
                        canSign.set(false);
                        return;
                    }
                    read = found.get();
                    seriesName.set(read.series().name());
                    points.setAll(read.points());
                    if (fromALaterBaseline
                            && firstPoint.get() == null
                            && !read.points().isEmpty()) {
                        firstPoint.set(read.points().get(0));
                    } else {
                        propose();
                    }
                },
                failure -> message.set(Problems.describe(failure)));
    }

    /** Computes the proposal again: a pure function of the series and its points, quick enough here. */
    private void propose() {
        if (read == null) {
            return;
        }
        UUID first = fromALaterBaseline && firstPoint.get() != null
                ? firstPoint.get().id()
                : null;
        SpcLimitsProposal shown = SpcLimitsProposal.of(read.series(), read.points(), first, null);
        proposal.set(shown);
        canSign.set(shown.canBeFrozen());
        refusal.set(
                shown.verdict() instanceof BaselineVerdict.Refused refused
                        ? "These points cannot give limits: " + refused.message()
                        : "");
    }

    public boolean fromALaterBaseline() {
        return fromALaterBaseline;
    }

    public ReadOnlyStringProperty seriesName() {
        return seriesName.getReadOnlyProperty();
    }

    /** The series' points in chart order: where a later baseline may start. */
    public ObservableList<SpcPoint> points() {
        return points;
    }

    public ObjectProperty<SpcPoint> firstPoint() {
        return firstPoint;
    }

    public ReadOnlyObjectProperty<SpcLimitsProposal> proposal() {
        return proposal.getReadOnlyProperty();
    }

    /** Why this baseline gives no limits, in words; empty when it does. */
    public ReadOnlyStringProperty refusal() {
        return refusal.getReadOnlyProperty();
    }

    /** Whether there are limits to sign: the sign button exists only then. */
    public ReadOnlyBooleanProperty canSign() {
        return canSign.getReadOnlyProperty();
    }

    public StringProperty reason() {
        return reason;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signed() {
        return signed.getReadOnlyProperty();
    }

    /** One line of the limits shown: what it is, and its value. */
    public record Figure(String label, String value) {}

    /** The limits as the dialog lists them: label and value, in the order a PI checks them. */
    public List<Figure> figures() {
        SpcLimitsProposal shown = proposal.get();
        if (shown == null || !shown.canBeFrozen()) {
            return List.of();
        }
        FrozenLimits limits = shown.limits();
        return List.of(
                new Figure("Chart", limits.chartType().label()),
                new Figure("Centre line", number(limits.centre())),
                new Figure("UCL", number(limits.upperControlLimit())),
                new Figure("LCL", number(limits.lowerControlLimit())),
                new Figure("Sigma", number(limits.sigma())),
                new Figure("Baseline", limits.baselineSize() + (limits.subgroupSize() > 1 ? " subgroups" : " points")),
                new Figure("How", limits.derivation()));
    }

    /**
     * Signs the limits shown with the reason typed; {@code password} is cleared before this returns
     * or soon after.
     */
    public void sign(char[] password) {
        SpcLimitsProposal shown = proposal.get();
        Optional<String> problem = problem(shown, password);
        if (problem.isPresent()) {
            Arrays.fill(password, '\0');
            message.set(problem.get());
            return;
        }
        UUID seriesId = shown.series().id();
        UUID first = fromALaterBaseline && firstPoint.get() != null
                ? firstPoint.get().id()
                : null;
        String why = reason.get().strip();
        String hash = shown.contentSha256();
        busy.set(true);
        message.set("Signing…");
        tasks.run(
                () -> {
                    try {
                        return signer.freeze(seriesId, first, why, hash, password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                },
                outcome -> {
                    busy.set(false);
                    message.set(describe(outcome));
                    if (outcome instanceof SigningOutcome.Signed) {
                        signed.set(true);
                        reason.set("");
                        afterChange.run();
                    }
                },
                failure -> {
                    busy.set(false);
                    message.set(Problems.describe(failure));
                });
    }

    private Optional<String> problem(SpcLimitsProposal shown, char[] password) {
        if (shown == null || !shown.canBeFrozen()) {
            return Optional.of(refusal.get().isEmpty() ? "There are no limits to sign yet" : refusal.get());
        }
        if (reason.get() == null || reason.get().isBlank()) {
            return Optional.of("Say why these limits are frozen: the decision is part of the series' record");
        }
        if (password.length == 0) {
            return Optional.of("Type your password again to sign the limits");
        }
        return Optional.empty();
    }

    private static String describe(SigningOutcome outcome) {
        if (outcome instanceof SigningOutcome.WrongPassword wrong) {
            return "The password is wrong; nothing was signed. "
                    + (wrong.remaining() == 1
                            ? "One more wrong password locks signing on this bench."
                            : wrong.remaining() + " more wrong passwords lock signing on this bench.");
        }
        if (outcome instanceof SigningOutcome.Locked) {
            return "Signing is locked on this bench after too many wrong passwords; sign in online to unlock it";
        }
        if (outcome instanceof SigningOutcome.Refused refused) {
            return "Not signed: " + refused.reason();
        }
        return "Signed: the limits are frozen";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
