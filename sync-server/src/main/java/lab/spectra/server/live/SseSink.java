package lab.spectra.server.live;

import io.javalin.http.sse.SseClient;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Request;

/** A stream's events as server-sent events on its open response. */
final class SseSink implements ChangeStream.Sink {

    private final SseClient client;

    SseSink(SseClient client) {
        this.client = client;
    }

    @Override
    public void event(long changeNumber) {
        String number = Long.toString(changeNumber);
        client.sendEvent("change", number, number);
    }

    @Override
    public void heartbeat() {
        client.sendComment("heartbeat");
    }

    @Override
    public boolean gone() {
        return client.terminated();
    }

    @Override
    public void whenGone(Runnable then) {
        client.onClose(then);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public void abort() {
        // A blocked write only ends when its connection does: Jetty's channel is aborted, which
        // fails the write and closes the socket; the servlet API has no way to do that.
        Request base = Request.getBaseRequest(client.ctx().req());
        if (base != null) {
            base.getHttpChannel().abort(new TimeoutException("live-update reader too slow"));
        }
        client.close();
    }
}
