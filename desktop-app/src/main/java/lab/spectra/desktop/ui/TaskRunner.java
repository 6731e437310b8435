package lab.spectra.desktop.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI does slow work (database, network): off the JavaFX thread, with the result or
 * the failure handed back on it. Tests may run everything on the calling thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Calls {@code action} on the UI thread once {@code quiet} has passed, unless it is cancelled
     * first: what a filter field uses so that a word typed quickly costs one read, not one per
     * keystroke. Runners without a clock (the tests') call it at once, so a test stays step by step.
     */
    default Pending afterQuiet(Duration quiet, Runnable action) {
        action.run();
        return Pending.NONE;
    }

    /** An action waiting for its moment; cancelling one already run does nothing. */
    @FunctionalInterface
    interface Pending {

        Pending NONE = () -> {};

        void cancel();
    }
}
