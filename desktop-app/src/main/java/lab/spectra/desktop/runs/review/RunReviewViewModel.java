package lab.spectra.desktop.runs.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.auth.Action;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.runreview.ReviewDecision;

/**
 * The review card of the selected run: its context and reviews, read from the bench, and the
 * review form (decision, comment, password) that signs through the bench's device key, offline
 * too. Why a person cannot review this run (it is theirs, it is not finished) is said, not hidden.
 */
public final class RunReviewViewModel {

    private final RunReviewQueries queries;
    private final RunReviewer reviewer;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RunContext> context = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReviewLine> reviews = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ReviewDecision> decision = new SimpleObjectProperty<>(ReviewDecision.REVIEWED);
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Bumped for every fresh read: a read arriving after another run was chosen is dropped. */
    private int generation;

    public RunReviewViewModel(
            RunReviewQueries queries, RunReviewer reviewer, CurrentUser user, TaskRunner tasks, LocalData localData) {
        this.queries = queries;
        this.reviewer = reviewer;
        this.user = user;
        this.tasks = tasks;
        run.addListener((observable, before, after) -> {
            message.set("");
            comment.set("");
            decision.set(ReviewDecision.REVIEWED);
            load();
        });
        localData.version().addListener((observable, before, after) -> load());
    }

    /** Engineers, PIs and admins review runs; for everyone else the card is not shown. */
    public boolean mayReview() {
        return user.may(Action.REVIEW_RUNS);
    }

    public ObjectProperty<Run> run() {
        return run;
    }

    /** The selected run's context; null while none is shown. */
    public ReadOnlyObjectProperty<RunContext> context() {
        return context.getReadOnlyProperty();
    }

    public ObservableList<ReviewLine> reviews() {
        return reviews;
    }

    public List<ReviewDecision> decisions() {
        return List.of(ReviewDecision.values());
    }

    /** Why this person cannot review the selected run, in words; empty when they can. */
    public ReadOnlyStringProperty blockedReason() {
        return blockedReason.getReadOnlyProperty();
    }

    public ObjectProperty<ReviewDecision> decision() {
        return decision;
    }

    public StringProperty comment() {
        return comment;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the run's context and reviews again, in the background. */
    public void load() {
        int current = ++generation;
        Run shown = run.get();
        if (shown == null) {
            context.set(null);
            reviews.clear();
            blockedReason.set("");
            return;
        }
        tasks.run(
                () -> queries.context(shown.id())
                        .map(found -> new Loaded(found, queries.reviews(shown.id(), found.contentSha256()))),
                loaded -> {
                    if (current != generation) {
                        return;
                    }
                    context.set(loaded.map(Loaded::context).orElse(null));
                    reviews.setAll(loaded.map(Loaded::reviews).orElse(List.of()));
                    blockedReason.set(
                            loaded.map(found -> whyNot(found.context().run())).orElse(""));
                },
                failure -> message.set(Problems.describe(failure)));
    }

    private record Loaded(RunContext context, List<ReviewLine> reviews) {}

    /** The shared rules decide in the end; this says beforehand what they would, in the lab's words. */
    private String whyNot(Run shown) {
        if (shown.operatorId().equals(user.userId())) {
            return "You operated this run; another engineer or PI has to review it.";
        }
        if (shown.status() != RunStatus.FINISHED) {
            return "Only a finished run can be reviewed.";
        }
        return "";
    }

    /**
     * Reviews the run as shown, with the chosen decision and comment; {@code password} is cleared
     * before this returns or soon after.
     */
    public void review(char[] password) {
        RunContext shown = context.get();
        ReviewDecision chosen = decision.get();
        Optional<String> refusal = refusal(shown, chosen, password);
        if (refusal.isPresent()) {
            Arrays.fill(password, '\0');
            message.set(refusal.get());
            return;
        }
        String text = comment.get();
        busy.set(true);
        message.set("Signing…");
        tasks.run(
                () -> {
                    try {
                        return reviewer.review(shown.run().id(), chosen, text, shown.contentSha256(), password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                },
                outcome -> {
                    busy.set(false);
                    message.set(describe(outcome, chosen));
                    if (outcome instanceof SigningOutcome.Signed) {
                        comment.set("");
                        load();
                    }
                },
                failure -> {
                    busy.set(false);
                    message.set(Problems.describe(failure));
                });
    }

    /** What the form lacks before anything is signed, in words. */
    private Optional<String> refusal(RunContext shown, ReviewDecision chosen, char[] password) {
        if (shown == null) {
            return Optional.of("Choose a run to review");
        }
        if (!blockedReason.get().isEmpty()) {
            return Optional.of(blockedReason.get());
        }
        if (chosen == null) {
            return Optional.of("Choose reviewed or rejected");
        }
        if (chosen == ReviewDecision.REJECTED && comment.get().isBlank()) {
            return Optional.of("Say why you reject the run: a rejection needs a comment");
        }
        if (password.length == 0) {
            return Optional.of("Type your password again to sign the review");
        }
        return Optional.empty();
    }

    private static String describe(SigningOutcome outcome, ReviewDecision decision) {
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
        return decision == ReviewDecision.REVIEWED ? "Signed: run reviewed" : "Signed: run rejected";
    }
}
