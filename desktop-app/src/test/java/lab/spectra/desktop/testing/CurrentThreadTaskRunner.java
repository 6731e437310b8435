package lab.spectra.desktop.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import lab.spectra.desktop.ui.TaskRunner;

/** Runs "background" work at once on the calling thread, so UI tests need not wait for it. */
public final class CurrentThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
