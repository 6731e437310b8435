package lab.spectra.server.http;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Request;

/**
 * Every request body is read through a stream that stops at a limit, whoever reads it and whether
 * or not the client announced a length: a servlet filter wraps each request before Javalin sees
 * it, so this holds whatever Javalin itself checks (its own limit only looks at
 * {@code Content-Length}, and a chunked body would be read whole).
 *
 * <p>The filter bounds a request by the largest limit of any route; the route's own handler
 * tightens that to the route's limit ({@link #limitTo}) before anything reads the body.
 */
public final class BoundedBodies implements Filter {

    private static final String ATTRIBUTE = BoundedBodies.class.getName();

    /** The most of a refused body read (and discarded) so that its client gets the 413 intact. */
    private static final long DRAIN_CAP = 1024 * 1024;

    /** Thrown by the stream once a body passes its limit; the server answers 413. */
    public static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        BodyTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private final long ceiling;

    public BoundedBodies(long ceiling) {
        this.ceiling = ceiling;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            BoundedRequest bounded = new BoundedRequest(http, ceiling);
            http.setAttribute(ATTRIBUTE, bounded);
            chain.doFilter(bounded, response);
            if (bounded.refused) {
                hangUp(http, response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * After a 413, sends the answer and closes the connection. Left to itself the server would go
     * on reading the refused body to its end (only to discard it), and a client streaming gigabytes
     * would keep a connection and a thread busy all the while. A body only somewhat too large is
     * still read to its end first: closing a socket with unread bytes in it resets the connection,
     * and a client still sending then loses the 413 it was answered with.
     */
    private static void hangUp(HttpServletRequest request, ServletResponse response) throws IOException {
        Request base = Request.getBaseRequest(request);
        if (base == null) {
            response.flushBuffer();
            return;
        }
        drainModestRest(request);
        // Completes the answer (with its length) before the connection goes.
        base.getResponse().closeOutput();
        base.getHttpChannel().getEndPoint().close();
    }

    /**
     * Reads and discards what is left of a refused body when that is at most {@link #DRAIN_CAP}
     * bytes (as announced, or as found for a chunked body); a larger rest is left unread.
     */
    private static void drainModestRest(HttpServletRequest request) {
        long announced = request.getContentLengthLong();
        if (announced > DRAIN_CAP) {
            return;
        }
        try {
            InputStream rest = request.getInputStream();
            byte[] buffer = new byte[8192];
            long drained = 0;
            int read;
            while (drained <= DRAIN_CAP && (read = rest.read(buffer)) >= 0) {
                drained += read;
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the stream is spent: there is nothing left to protect.
        }
    }

    /**
     * Bounds this request's body by {@code limit} (never loosening an earlier limit). A body that
     * announces a larger length is refused at once, before a byte of it is read.
     */
    public static void limitTo(Context ctx, long limit) {
        BoundedRequest bounded = ctx.req().getAttribute(ATTRIBUTE) instanceof BoundedRequest found ? found : null;
        if (bounded != null) {
            bounded.tighten(limit);
        }
        if (ctx.req().getContentLengthLong() > limit) {
            if (bounded != null) {
                bounded.refused = true;
            }
            throw tooLarge(limit);
        }
    }

    /**
     * The whole body, at most as long as the request's limit; an empty array when there is none.
     * Read through Javalin, which keeps it, so that every later reader of the same request sees it.
     */
    @SuppressWarnings("UnusedException") // the 413 says all that is to say about it
    public static byte[] read(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Javalin passes the stream's IOException on undeclared (it is written in Kotlin).
            if (e instanceof BodyTooLargeException tooLarge) {
                throw tooLarge(tooLarge.limit());
            }
            throw ApiException.badRequest("unreadable_body", "The body could not be read");
        }
    }

    /**
     * The 413 answer. The connection is closed after it, so the server does not go on reading
     * (and discarding) the rest of a body it has refused.
     */
    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "payload_too_large", "The request body is larger than " + limit + " bytes");
    }

    /** A request whose input stream stops at its current limit. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private volatile long limit;
        private volatile boolean refused;
        private BoundedStream stream;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        void tighten(long newLimit) {
            limit = Math.min(limit, newLimit);
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), this);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Counts what is read and fails once the count passes the request's limit. */
    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final BoundedRequest request;
        private long count;

        BoundedStream(ServletInputStream delegate, BoundedRequest request) {
            this.delegate = delegate;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            refuseIfOver();
            int b = delegate.read();
            if (b >= 0) {
                count++;
                refuseIfOver();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            refuseIfOver();
            // Never ask for more than one byte past the limit: an oversized body is noticed
            // without reading (and holding) more of it than that.
            int wanted = (int) Math.min(length, request.limit - count + 1);
            int read = delegate.read(buffer, offset, wanted);
            if (read > 0) {
                count += read;
                refuseIfOver();
            }
            return read;
        }

        private void refuseIfOver() throws BodyTooLargeException {
            if (count > request.limit) {
                request.refused = true;
                throw new BodyTooLargeException(request.limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
