package lab.spectra.desktop.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy between a workstation and the real server that can fail on purpose: refuse every
 * connection (the network is down), let requests through and cut the connection the moment the
 * server starts answering (the server did the work, the client never hears of it), or answer every
 * request with a 500 of its own (a broken server or reverse proxy; nothing reaches the server).
 * It can also deliver a push twice — a copy racing the original, or a copy held back and delivered
 * later, as a retrying middlebox or a slow network path would.
 */
public final class FaultyProxy implements AutoCloseable {

    public enum Mode {
        PASS,
        DOWN,
        CUT_ANSWERS,
        SERVER_ERROR
    }

    private static final byte[] SERVER_ERROR_BODY =
            "{\"code\": \"internal_error\", \"message\": \"Something went wrong on the server\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length:\\s*(\\d+)");

    private final ServerSocket listener;
    private final URI target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cutAnswers = new AtomicInteger();
    private final AtomicInteger answersToPass = new AtomicInteger(-1);
    private final AtomicLong answerBytesToPass = new AtomicLong(-1);
    private volatile Mode mode = Mode.PASS;

    private enum Copy {
        NONE,
        AT_ONCE,
        LATER
    }

    private static final byte[] PUSH_START = "POST /sync/push".getBytes(StandardCharsets.US_ASCII);
    private final AtomicReference<Copy> copyNextPush = new AtomicReference<>(Copy.NONE);
    private final List<byte[]> heldCopies = new CopyOnWriteArrayList<>();
    private final AtomicInteger copiesDelivered = new AtomicInteger();
    private final AtomicInteger copiesOnTheWay = new AtomicInteger();

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

    /**
     * Going down drops every open connection, as a pulled cable would; so does turning into a
     * failing server, so that pooled connections do not keep reaching the real one.
     */
    public void mode(Mode newMode) {
        mode = newMode;
        if (newMode == Mode.DOWN || newMode == Mode.SERVER_ERROR) {
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

    /**
     * Lets {@code bytes} more bytes of answers through, then cuts the connection that carries the
     * next one: an answer streamed past that point (a pull) is cut in the middle.
     */
    public void cutAnswersAfterBytes(long bytes) {
        answerBytesToPass.set(bytes);
    }

    /** Delivers the next push to the server twice: a copy goes at once, racing the original. */
    public void deliverNextPushTwice() {
        copyNextPush.set(Copy.AT_ONCE);
    }

    /** Keeps a copy of the next push, delivered again when {@link #deliverHeldCopies()} is called. */
    public void holdCopyOfNextPush() {
        copyNextPush.set(Copy.LATER);
    }

    /** Delivers the copies held back so far, each on a connection of its own; answers how many. */
    public int deliverHeldCopies() {
        List<byte[]> copies = List.copyOf(heldCopies);
        heldCopies.removeAll(copies);
        copies.forEach(this::deliverCopy);
        return copies.size();
    }

    /** Waits (up to a minute) until the copies racing their originals have been answered or lost. */
    public void awaitCopies() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (copiesOnTheWay.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How many copies of pushes reached the server and were answered. */
    public int copiesDelivered() {
        return copiesDelivered.get();
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
                if (mode == Mode.SERVER_ERROR) {
                    answerServerError(client);
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

    /** Reads the whole request (closing with unread bytes would reset the connection), then answers 500. */
    private static void answerServerError(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    return;
                }
                head.append((char) next);
            }
            Matcher length = CONTENT_LENGTH.matcher(head);
            in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: "
                            + SERVER_ERROR_BODY.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(SERVER_ERROR_BODY);
            out.flush();
        } catch (IOException e) {
            // the client went away
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    ByteArrayOutputStream push = null;
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            if (!answers) {
                                push = watchForPush(push, buffer, read);
                            }
                            if (answers && mode == Mode.CUT_ANSWERS) {
                                cutAnswers.incrementAndGet();
                                break;
                            }
                            if (answers && startsAnAnswer(buffer, read) && answersToPass.getAndDecrement() == 0) {
                                cutAnswers.incrementAndGet();
                                break;
                            }
                            long budget = answers ? answerBytesToPass.get() : -1;
                            if (budget >= 0) {
                                if (read > budget) {
                                    out.write(buffer, 0, (int) budget);
                                    out.flush();
                                    answerBytesToPass.set(-1);
                                    cutAnswers.incrementAndGet();
                                    break;
                                }
                                answerBytesToPass.addAndGet(-read);
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

    /** Copies a push as it passes, once a copy was asked for; answers the copy still growing, if any. */
    private ByteArrayOutputStream watchForPush(ByteArrayOutputStream push, byte[] buffer, int read) {
        if (push == null) {
            if (copyNextPush.get() == Copy.NONE || !startsWith(buffer, read, PUSH_START)) {
                return null;
            }
            push = new ByteArrayOutputStream();
        }
        push.write(buffer, 0, read);
        byte[] sofar = push.toByteArray();
        int end = HttpMessageLength.of(sofar, sofar.length);
        if (end < 0) {
            return push;
        }
        byte[] copy = Arrays.copyOf(sofar, end);
        Copy how = copyNextPush.getAndSet(Copy.NONE);
        if (how == Copy.AT_ONCE) {
            copiesOnTheWay.incrementAndGet();
            Thread racing = new Thread(
                    () -> {
                        try {
                            deliverCopy(copy);
                        } finally {
                            copiesOnTheWay.decrementAndGet();
                        }
                    },
                    "faulty-proxy-copy");
            racing.setDaemon(true);
            racing.start();
        } else if (how == Copy.LATER) {
            heldCopies.add(copy);
        }
        return null;
    }

    private void deliverCopy(byte[] request) {
        try (Socket server = new Socket(target.getHost(), target.getPort())) {
            server.setSoTimeout(60_000);
            server.getOutputStream().write(request);
            server.getOutputStream().flush();
            InputStream in = server.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                answer.write(buffer, 0, read);
                byte[] sofar = answer.toByteArray();
                if (HttpMessageLength.of(sofar, sofar.length) >= 0) {
                    copiesDelivered.incrementAndGet();
                    return;
                }
            }
        } catch (IOException e) {
            // the server went away: the copy was lost on the way, as copies are
        }
    }

    private static boolean startsWith(byte[] buffer, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[i] != prefix[i]) {
                return false;
            }
        }
        return true;
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
