package lab.spectra.server.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A stream's far end in memory, for the streams' own bookkeeping: it records what it is sent, can
 * hang up like a client, and can stall its writes like a reader that takes no data.
 */
final class RecordingSink implements ChangeStream.Sink {

    final List<Long> events = new CopyOnWriteArrayList<>();
    final CountDownLatch ended = new CountDownLatch(1);
    final CountDownLatch aborted = new CountDownLatch(1);
    private final CountDownLatch stall;
    private final List<Runnable> whenGone = new CopyOnWriteArrayList<>();
    private volatile boolean gone;

    RecordingSink() {
        this(new CountDownLatch(0));
    }

    /** Every write waits until {@code stall} is counted down (or the stream is aborted). */
    RecordingSink(CountDownLatch stall) {
        this.stall = stall;
    }

    @Override
    public void event(long changeNumber) {
        waitWhileStalled();
        events.add(changeNumber);
    }

    @Override
    public void heartbeat() {
        waitWhileStalled();
    }

    @Override
    public boolean gone() {
        return gone;
    }

    @Override
    public void whenGone(Runnable then) {
        whenGone.add(then);
    }

    @Override
    public void close() {
        hangUp();
        ended.countDown();
    }

    @Override
    public void abort() {
        aborted.countDown();
        stall.countDown();
        hangUp();
    }

    void hangUp() {
        gone = true;
        whenGone.forEach(Runnable::run);
    }

    private void waitWhileStalled() {
        try {
            stall.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
