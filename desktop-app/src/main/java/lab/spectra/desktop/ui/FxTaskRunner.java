package lab.spectra.desktop.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a small pool of daemon threads and delivers outcomes on the JavaFX thread; waits for
 * a quiet moment on a timer thread of its own (which only hands the action over to the JavaFX thread).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "ui-task-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui-timer");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Pending afterQuiet(Duration quiet, Runnable action) {
        if (timer.isShutdown()) {
            return Pending.NONE; // closing with the app: nothing more is read
        }
        ScheduledFuture<?> scheduled =
                timer.schedule(() -> Platform.runLater(action), quiet.toNanos(), TimeUnit.NANOSECONDS);
        return () -> scheduled.cancel(false);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // Closed with the app (a window's timer may still tick once): refused like any failure.
            onFailure.accept(new RejectedExecutionException("The app is closing; background work is no longer run"));
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                // The logger is asked for here, not held: the app builds this runner before its
                // first window, and setting logging up then would delay that window.
                LoggerFactory.getLogger(FxTaskRunner.class).warn("Background work failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        executor.shutdownNow();
    }
}
