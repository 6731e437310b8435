package lab.spectra.desktop.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.TaskRunner;
import org.slf4j.LoggerFactory;

/**
 * The main window: which screen is shown, the status bar, and the calibration state of every
 * instrument, evaluated at launch and again every minute (certificates expire while the app runs).
 */
public final class MainViewModel {

    public static final Duration LOCKOUT_REFRESH = Duration.ofMinutes(1);

    private final CurrentUser user;
    private final InstrumentLockouts lockoutRule;
    private final PersonalNotices qualificationWarnings;
    private final SyncControl sync;
    private final BenchSignOut benchSignOut;
    private final TaskRunner tasks;
    private final Runnable onSignedOut;
    private final StatusBarViewModel statusBar;
    private final Consumer<SyncStatus> statusListener;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final ObjectProperty<UUID> runToOpen = new SimpleObjectProperty<>();
    private final ObjectProperty<RecordToOpen> recordToOpen = new SimpleObjectProperty<>();
    private final ObservableList<InstrumentLockout> lockouts = FXCollections.observableArrayList();
    private final ObservableList<String> launchNotice = FXCollections.observableArrayList();
    private final BooleanProperty noticeOpen = new SimpleBooleanProperty(false);
    private final NoticeMemory noticeMemory;
    private final Clock clock;
    /** The person's own lines (qualifications, voided signatures), read once at sign-in. */
    private List<String> personalLines = List.of();

    private final AccountStanding standing;
    private final Consumer<CurrentUser> onRoleChanged;
    private boolean launched;
    private boolean ended;

    /**
     * @param lockoutRule  evaluates every instrument's calibration from the local copy
     * @param qualificationWarnings finds the qualifications about to expire that the person should hear of
     * @param benchSignOut forgets the person on this PC when they sign out
     * @param localData    bumped when a finished sync may have brought rows, so open screens reload
     * @param onSignedOut  shows the sign-in screen again (a bench PC is shared)
     */
    public MainViewModel(
            CurrentUser user,
            InstrumentLockouts lockoutRule,
            PersonalNotices qualificationWarnings,
            SyncControl sync,
            BenchSignOut benchSignOut,
            TaskRunner tasks,
            LocalData localData,
            Runnable onSignedOut) {
        this(
                user,
                lockoutRule,
                qualificationWarnings,
                sync,
                benchSignOut,
                tasks,
                localData,
                onSignedOut,
                AccountStanding.UNWATCHED,
                changed -> {},
                NoticeMemory.NONE,
                Clock.systemDefaultZone());
    }

    /**
     * @param standing      the person's role and state as the bench last learned them, checked after
     *                      every sync: a role changed by an admin rebuilds the window for it
     *                      ({@code onRoleChanged}), a deactivation or an ended session signs out
     * @param onRoleChanged shows the main window again for the person with their new role
     * @param noticeMemory  the launch notice each person closed on this PC, so it opens once a day
     * @param clock         the bench's trusted clock: which day it is for the notice
     */
    public MainViewModel(
            CurrentUser user,
            InstrumentLockouts lockoutRule,
            PersonalNotices qualificationWarnings,
            SyncControl sync,
            BenchSignOut benchSignOut,
            TaskRunner tasks,
            LocalData localData,
            Runnable onSignedOut,
            AccountStanding standing,
            Consumer<CurrentUser> onRoleChanged,
            NoticeMemory noticeMemory,
            Clock clock) {
        this.noticeMemory = noticeMemory;
        this.clock = clock;
        this.standing = standing;
        this.onRoleChanged = onRoleChanged;
        this.user = user;
        this.lockoutRule = lockoutRule;
        this.qualificationWarnings = qualificationWarnings;
        this.sync = sync;
        this.benchSignOut = benchSignOut;
        this.tasks = tasks;
        this.onSignedOut = onSignedOut;
        this.statusBar = new StatusBarViewModel(user);
        this.statusListener = statusBar::accept;
        sync.addListener(statusListener);
        localData.version().addListener((observable, before, after) -> refreshLockouts());
        // A finished sync may have brought rows: every open screen reloads.
        statusBar.syncing().addListener((observable, was, now) -> {
            if (was && !now) {
                localData.changed();
                followAccount();
            }
        });
    }

    /** The signed-in person. */
    public CurrentUser user() {
        return user;
    }

    /**
     * After a sync: follows what an admin changed about the signed-in person. A new role builds
     * the window again for it; a deactivated account, or a session the server ended, signs out.
     */
    public void followAccount() {
        tasks.run(
                () -> standing.of(user),
                now -> {
                    if (ended) {
                        return;
                    }
                    if (now instanceof AccountStanding.Ended) {
                        ended = true;
                        signOut();
                    } else if (now instanceof AccountStanding.RoleChanged changed) {
                        ended = true;
                        sync.removeListener(statusListener);
                        onRoleChanged.accept(new CurrentUser(
                                user.userId(),
                                user.email(),
                                user.displayName(),
                                changed.role(),
                                user.organizationName(),
                                user.signedInOnline()));
                    }
                },
                failure -> LoggerFactory.getLogger(MainViewModel.class)
                        .warn("Could not check the account after a sync", failure));
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public ObjectProperty<Section> section() {
        return section;
    }

    /** Shows a run on the Runs screen, from another screen (a point of an SPC chart). */
    public void openRun(UUID runId) {
        // Set afresh so opening the same run again is heard too.
        runToOpen.set(null);
        runToOpen.set(runId);
        section.set(Section.RUNS);
    }

    /** Shows a record on its screen (from the quick search); a run opens as {@link #openRun} does. */
    public void openRecord(RecordToOpen record) {
        if (record.section() == Section.RUNS) {
            openRun(record.id());
            return;
        }
        recordToOpen.set(null);
        recordToOpen.set(record);
        section.set(record.section());
    }

    /** The record last asked to show, until its screen has shown it. */
    public ObjectProperty<RecordToOpen> recordToOpen() {
        return recordToOpen;
    }

    /** The run another screen last asked to show; the Runs screen selects it. */
    public ObjectProperty<UUID> runToOpen() {
        return runToOpen;
    }

    /** Every instrument's calibration state; screens mark locked instruments from this list. */
    public ObservableList<InstrumentLockout> lockouts() {
        return lockouts;
    }

    /**
     * The launch notice: locked instruments and those expiring within 7 days, then qualifications
     * expiring within 30 (the person's own; everyone's for PIs and admins). Kept while closed: the
     * status bar counts it.
     */
    public ObservableList<String> launchNotice() {
        return launchNotice;
    }

    /**
     * Whether the notice is open. It opens at the first sign-in of the day and whenever its lines
     * change; closed, it is a badge in the status bar.
     */
    public ReadOnlyBooleanProperty noticeOpen() {
        return noticeOpen;
    }

    /** Closes the notice until tomorrow or until its lines change. */
    public void dismissLaunchNotice() {
        noticeOpen.set(false);
        NoticeMemory.Seen seen = new NoticeMemory.Seen(LocalDate.now(clock), String.join("\n", launchNotice));
        UUID person = user.userId();
        tasks.run(
                () -> {
                    noticeMemory.remember(person, seen);
                    return null;
                },
                done -> {},
                failure -> LoggerFactory.getLogger(MainViewModel.class)
                        .warn("Could not remember the closed notice", failure));
    }

    /** Opens the notice again (the badge was clicked). */
    public void openLaunchNotice() {
        noticeOpen.set(!launchNotice.isEmpty());
    }

    /**
     * Signs the person out of this PC: their online session is forgotten, so their changes still
     * waiting are sent the next time they sign in online.
     */
    public void signOut() {
        // The next person's window listens afresh; this one must stop hearing the engine.
        sync.removeListener(statusListener);
        tasks.run(
                () -> {
                    benchSignOut.signOut(user.userId());
                    return null;
                },
                done -> onSignedOut.run(),
                failure -> onSignedOut.run());
    }

    public void syncNow() {
        sync.requestSync();
    }

    private record Evaluated(
            List<InstrumentLockout> lockouts,
            Optional<List<String>> personalLines,
            Optional<NoticeMemory.Seen> lastSeen) {}

    public void refreshLockouts() {
        boolean firstTime = !launched;
        launched = true;
        UUID person = user.userId();
        tasks.run(
                () -> new Evaluated(
                        lockoutRule.evaluate(),
                        firstTime ? Optional.of(qualificationWarnings.evaluate(user)) : Optional.empty(),
                        noticeMemory.lastSeen(person)),
                evaluated -> {
                    lockouts.setAll(evaluated.lockouts());
                    evaluated.personalLines().ifPresent(lines -> personalLines = lines);
                    List<String> notice = new ArrayList<>(notice(evaluated.lockouts()));
                    notice.addAll(personalLines);
                    if (firstTime || !notice.equals(launchNotice)) {
                        launchNotice.setAll(notice);
                        noticeOpen.set(!notice.isEmpty() && !alreadySeenToday(notice, evaluated.lastSeen()));
                    }
                },
                failure -> LoggerFactory.getLogger(MainViewModel.class)
                        .warn("Could not evaluate the calibrations", failure));
    }

    /** Closed today with exactly these lines: it stays a badge. */
    private boolean alreadySeenToday(List<String> notice, Optional<NoticeMemory.Seen> lastSeen) {
        return lastSeen.filter(seen ->
                        seen.day().equals(LocalDate.now(clock)) && seen.lines().equals(String.join("\n", notice)))
                .isPresent();
    }

    private static List<String> notice(List<InstrumentLockout> evaluated) {
        return evaluated.stream()
                .filter(lockout -> lockout.locked() || lockout.expiringSoon())
                .sorted((a, b) -> Boolean.compare(b.locked(), a.locked()))
                .map(lockout -> (lockout.locked() ? "Locked: " : "Soon: ") + lockout.message())
                .toList();
    }
}
