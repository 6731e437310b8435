package lab.spectra.desktop.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between a workstation and the real server that can fail on purpose: refuse every
 * connection (the network is down), or let requests through and cut the connection the moment
 * the server starts answering (the server did the work, the client never hears of it).
 */
public final class FaultyProxy implements AutoCloseable {

    public enum Mode {
        PASS,
        DOWN,
        CUT_ANSWERS
    }

    private final ServerSocket listener;
    private final URI target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cutAnswers = new AtomicInteger();
    private final AtomicInteger answersToPass = new AtomicInteger(-1);
    private volatile Mode mode = Mode.PASS;

    public FaultyProxy(URI target) {
        this.target = target;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "faulty-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Going down drops every open connection, as a pulled cable would. */
    public void mode(Mode newMode) {
        mode = newMode;
        if (newMode == Mode.DOWN) {
            for (Socket socket : open) {
                closeQuietly(socket);
            }
        }
    }

    /**
     * Lets the next {@code count} answers through, then cuts the one after (the server did that
     * work, the client never hears of it) and passes everything again.
     */
    public void cutAnswerAfter(int count) {
        answersToPass.set(count);
    }

    /** How many answers were cut off so far. */
    public int cutAnswers() {
        return cutAnswers.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (mode == Mode.DOWN) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(target.getHost(), target.getPort());
                open.add(client);
                open.add(server);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                // listener closed, or the server refused: the client sees a dropped connection
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            if (answers && mode == Mode.CUT_ANSWERS) {
                                cutAnswers.incrementAndGet();
                                break;
                            }
                            if (answers && startsAnAnswer(buffer, read) && answersToPass.getAndDecrement() == 0) {
                                cutAnswers.incrementAndGet();
                                break;
                            }
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side went away
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "faulty-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean startsAnAnswer(byte[] buffer, int length) {
        return length >= 5
                && buffer[0] == 'H'
                && buffer[1] == 'T'
                && buffer[2] == 'T'
                && buffer[3] == 'P'
                && buffer[4] == '/';
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }
}
