package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.testing.Lab;
import lab.spectra.model.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The calibration notice of a small lab (its XRD certificate expired) for a technician who signs
 * in several times a day: open at the first sign-in, a badge after it is closed, closed at the next
 * sign-in that day, open again when a line changes (another certificate expires) and the next day.
 */
@ExtendWith(ApplicationExtension.class)
class TheLaunchNoticeOpensOnceADayAndAgainWhenItChangesTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final MutableClock clock = new MutableClock(Lab.NOW);
    private final RememberedNotices memory = new RememberedNotices();
    private final WorkerThreadTaskRunner tasks = new WorkerThreadTaskRunner();

    @AfterEach
    void close() {
        tasks.close();
        copy.close();
    }

    @Test
    void closedItStaysABadgeForTheDay(FxRobot robot) {
        MainViewModel first = signedIn(robot);
        assertThat(first.launchNotice()).containsExactly("Locked: Calibration expired for XRD-01 on 2026-03-01");
        assertThat(first.noticeOpen().get()).isTrue();

        robot.interact(first::dismissLaunchNotice);
        assertThat(first.noticeOpen().get()).isFalse();
        assertThat(first.launchNotice()).as("kept for the badge").hasSize(1);

        clock.advance(Duration.ofHours(3));
        MainViewModel later = signedIn(robot);
        assertThat(later.launchNotice()).hasSize(1);
        assertThat(later.noticeOpen().get())
                .as("closed today with the same lines")
                .isFalse();

        robot.interact(later::openLaunchNotice);
        assertThat(later.noticeOpen().get()).as("the badge opens it").isTrue();
    }

    @Test
    void itOpensAgainTheNextDay(FxRobot robot) {
        MainViewModel first = signedIn(robot);
        robot.interact(first::dismissLaunchNotice);

        clock.advance(Duration.ofDays(1));
        MainViewModel tomorrow = signedIn(robot);

        assertThat(tomorrow.noticeOpen().get()).isTrue();
    }

    @Test
    void itOpensAgainWhenALineChangesTheSameDay(FxRobot robot) {
        // An hour before the SMU's certificate comes within the seven days' warning.
        clock.set(Lab.SMU_EXPIRY.minus(Duration.ofDays(7)).minus(Duration.ofHours(1)));
        MainViewModel main = signedIn(robot);
        assertThat(main.launchNotice()).hasSize(1);
        robot.interact(main::dismissLaunchNotice);

        clock.advance(Duration.ofHours(2));
        robot.interact(main::refreshLockouts);

        assertThat(main.launchNotice()).hasSize(2).anyMatch(line -> line.contains("SMU-01"));
        assertThat(main.noticeOpen().get()).isTrue();
    }

    private MainViewModel signedIn(FxRobot robot) {
        AtomicReference<MainViewModel> main = new AtomicReference<>();
        robot.interact(() -> {
            main.set(new MainViewModel(
                    LabPeople.signedIn(lab.technician),
                    new InstrumentLockouts(copy, clock),
                    person -> List.of(),
                    new QuietSync(),
                    person -> {},
                    tasks,
                    new LocalData(),
                    () -> {},
                    AccountStanding.UNWATCHED,
                    changed -> {},
                    memory,
                    clock));
            main.get().refreshLockouts();
        });
        return main.get();
    }

    /** What a PC remembers, kept in memory across the sign-ins of a test. */
    private static final class RememberedNotices implements NoticeMemory {

        private final Map<UUID, Seen> seen = new HashMap<>();

        @Override
        public Optional<Seen> lastSeen(UUID person) {
            return Optional.ofNullable(seen.get(person));
        }

        @Override
        public void remember(UUID person, Seen closed) {
            seen.put(person, closed);
        }
    }

    /** A sync that never runs: the notice does not depend on it. */
    private static final class QuietSync implements SyncControl {

        @Override
        public void addListener(Consumer<SyncStatus> listener) {}

        @Override
        public void removeListener(Consumer<SyncStatus> listener) {}

        @Override
        public void requestSync() {}
    }
}
