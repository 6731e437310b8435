package lab.spectra.desktop.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import lab.spectra.desktop.ui.TaskRunner;

/**
 * Holds every piece of background work and every wait for a quiet moment until the test lets it
 * go, in the order the test chooses: what lets a test have an older read answer after a newer one.
 */
public final class HeldTaskRunner implements TaskRunner {

    /** A piece of work the screen asked for, not done yet. */
    public final class Held {

        private final Runnable finish;
        private boolean done;

        private Held(Runnable finish) {
            this.finish = finish;
        }

        /** Does the work now and hands its outcome to the screen. */
        public void finish() {
            if (done) {
                throw new IllegalStateException("Already finished");
            }
            done = true;
            held.remove(this);
            finish.run();
        }
    }

    private final List<Held> held = new ArrayList<>();
    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(new Held(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }));
    }

    @Override
    public Pending afterQuiet(Duration quiet, Runnable action) {
        waiting.add(action);
        return () -> waiting.remove(action);
    }

    /** The work asked for and not finished yet, oldest first. */
    public List<Held> held() {
        return List.copyOf(held);
    }

    /** How many actions wait for the typing to pause (a cancelled one no longer does). */
    public int waitingForQuiet() {
        return waiting.size();
    }

    /** The typing paused: the actions still waiting run. */
    public void quiet() {
        List<Runnable> due = List.copyOf(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    /** Finishes held work, oldest first, including work it leads to, until none is left. */
    public void finishAll() {
        while (!held.isEmpty()) {
            held.get(0).finish();
        }
    }
}
