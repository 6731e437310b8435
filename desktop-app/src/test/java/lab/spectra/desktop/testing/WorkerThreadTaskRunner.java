package lab.spectra.desktop.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import lab.spectra.desktop.ui.TaskRunner;

/**
 * Runs "background" work on a worker thread and waits for it, then hands the outcome over on the
 * calling thread. A UI test stays step by step (the screen is up to date after each action), and
 * the work still happens off the JavaFX thread, where the tests refuse the database.
 */
public final class WorkerThreadTaskRunner implements TaskRunner, AutoCloseable {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-task-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (workers.isShutdown()) {
            // A window of a finished test whose timer still ticks: refused like any failure.
            onFailure.accept(new RejectedExecutionException("This test's bench is closed"));
            return;
        }
        Future<T> running = workers.submit(work);
        T result;
        try {
            result = running.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            onFailure.accept(e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for background work", e);
        } catch (TimeoutException e) {
            throw new AssertionError("Background work did not finish within 60 s", e);
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
