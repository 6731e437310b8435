package lab.spectra.desktop.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import lab.spectra.desktop.ui.FxTaskRunner;
import lab.spectra.desktop.ui.TaskRunner;

/**
 * The app's own task runner, counting the work that has not yet handed its outcome back to the
 * JavaFX thread, so that a test can wait until a screen has finished loading what it shows.
 */
public final class CountingTaskRunner implements TaskRunner, AutoCloseable {

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AtomicInteger unfinished = new AtomicInteger();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        unfinished.incrementAndGet();
        tasks.run(
                work,
                result -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        unfinished.decrementAndGet();
                    }
                },
                failure -> {
                    try {
                        onFailure.accept(failure);
                    } finally {
                        unfinished.decrementAndGet();
                    }
                });
    }

    @Override
    public Pending afterQuiet(Duration quiet, Runnable action) {
        unfinished.incrementAndGet();
        AtomicBoolean settled = new AtomicBoolean();
        Runnable done = () -> {
            if (settled.compareAndSet(false, true)) {
                unfinished.decrementAndGet();
            }
        };
        Pending pending = tasks.afterQuiet(quiet, () -> {
            try {
                action.run();
            } finally {
                done.run();
            }
        });
        return () -> {
            pending.cancel();
            done.run(); // a cancelled action never runs
        };
    }

    /** No background work is waiting to hand its outcome to the JavaFX thread. */
    public boolean idle() {
        return unfinished.get() == 0;
    }

    @Override
    public void close() {
        tasks.close();
    }
}
