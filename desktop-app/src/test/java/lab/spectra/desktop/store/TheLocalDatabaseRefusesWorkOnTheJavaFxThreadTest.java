package lab.spectra.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The guard every desktop test runs with (the build names the JavaFX thread in
 * {@code spectra.bench.refuseDatabaseOn}): a screen that reads or writes the local database on the
 * JavaFX thread fails its test instead of freezing a person's window.
 */
@ExtendWith(ApplicationExtension.class)
class TheLocalDatabaseRefusesWorkOnTheJavaFxThreadTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final SampleQueries queries = new SampleQueries(copy);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theTestsNameTheJavaFxThread() {
        assertThat(System.getProperty(ThreadsThatMustNotWait.PROPERTY)).isEqualTo("JavaFX Application Thread");
    }

    @Test
    void aReadOnTheJavaFxThreadIsRefusedWithTheWayOut(FxRobot robot) {
        AtomicReference<Throwable> refused = new AtomicReference<>();

        robot.interact(() -> {
            try {
                queries.byBarcode(lab.sample.barcode());
            } catch (IllegalStateException e) {
                refused.set(e);
            }
        });

        assertThat(refused.get())
                .hasMessage("The local database was used on the JavaFX Application Thread, which must never wait"
                        + " for it; run this work through the TaskRunner");
    }

    @Test
    void theSameReadOnAnyOtherThreadWorks() {
        assertThat(queries.byBarcode(lab.sample.barcode())).contains(lab.sample);
    }

    @Test
    void openingADatabaseOnTheJavaFxThreadIsRefusedToo(FxRobot robot) {
        AtomicReference<Throwable> refused = new AtomicReference<>();

        robot.interact(() -> {
            try (LocalCopy opened = LocalCopy.empty()) {
                refused.set(new AssertionError("opened " + opened.organizationId));
            } catch (IllegalStateException e) {
                refused.set(e);
            }
        });

        assertThat(refused.get())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JavaFX Application Thread");
    }
}
