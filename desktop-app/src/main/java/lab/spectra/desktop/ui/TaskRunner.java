package lab.spectra.desktop.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI does slow work (database, network): off the JavaFX thread, with the result or
 * the failure handed back on it. Tests may run everything on the calling thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
