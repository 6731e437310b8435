package lab.spectra.desktop.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load balancer in front of several server instances, as small as it can be: each request goes
 * to the next instance in turn, and an instance that refuses the connection (stopped, restarting) is
 * skipped for the one after it. It speaks just enough HTTP to do that per request rather than per
 * connection: it reads the request's head, asks the instance to close the connection after its
 * answer ({@code Connection: close}, which the client then honours too) and copies bytes both ways.
 * A request cut while an instance stops reaches the client as a dropped connection, as behind a real
 * balancer without retries. It counts, per instance, the sync requests each one answered with 200.
 */
public final class RoundRobinFront implements AutoCloseable {

    private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    /** {@code HTTP/1.1 200}: enough of the answer to know its status. */
    private static final int STATUS_LINE_START = 12;

    private final List<URI> instances;
    private final List<AtomicLong> syncsAnswered;
    private final List<AtomicLong> pushesAnswered;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong refusedByAll = new AtomicLong();
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    public RoundRobinFront(List<URI> instances) {
        this.instances = List.copyOf(instances);
        this.syncsAnswered = instances.stream().map(uri -> new AtomicLong()).toList();
        this.pushesAnswered = instances.stream().map(uri -> new AtomicLong()).toList();
        try {
            listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "round-robin-front");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Sync requests (push or pull) instance {@code index} answered with 200 so far. */
    public long syncsAnswered(int index) {
        return syncsAnswered.get(index).get();
    }

    /** Pushes instance {@code index} answered with 200 so far. */
    public long pushesAnswered(int index) {
        return pushesAnswered.get(index).get();
    }

    /** Requests no instance took: every one refused the connection. */
    public long refusedByAll() {
        return refusedByAll.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                Thread exchange = new Thread(() -> exchange(client), "round-robin-front-exchange");
                exchange.setDaemon(true);
                exchange.start();
            } catch (IOException e) {
                // the front was closed
            }
        }
    }

    /** One request: its head read, an instance chosen, the rest copied both ways until the instance closes. */
    private void exchange(Socket client) {
        Socket instance = null;
        try {
            InputStream fromClient = client.getInputStream();
            byte[] head = readHead(fromClient);
            if (head == null) {
                return;
            }
            String requestLine = new String(
                    head, 0, indexOf(head, "\r\n".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII);
            int first = next.getAndIncrement();
            int chosen = -1;
            for (int tries = 0; tries < instances.size() && instance == null; tries++) {
                chosen = Math.floorMod(first + tries, instances.size());
                instance = connect(instances.get(chosen));
            }
            if (instance == null) {
                refusedByAll.incrementAndGet();
                return;
            }
            open.add(instance);
            OutputStream toInstance = instance.getOutputStream();
            toInstance.write(closingAfterTheAnswer(head));
            toInstance.flush();
            Socket upstream = instance;
            Thread body = new Thread(() -> copy(client, upstream), "round-robin-front-body");
            body.setDaemon(true);
            body.start();
            answer(upstream, client, chosen, requestLine);
        } catch (IOException e) {
            // either side went away: the client sees a dropped connection
        } finally {
            close(client);
            open.remove(client);
            if (instance != null) {
                close(instance);
                open.remove(instance);
            }
        }
    }

    private static Socket connect(URI target) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), CONNECT_TIMEOUT_MS);
            return socket;
        } catch (IOException refused) {
            close(socket);
            return null;
        }
    }

    /** Copies the instance's answer to the client, counting a sync request answered with 200. */
    private void answer(Socket instance, Socket client, int chosen, String requestLine) throws IOException {
        InputStream in = instance.getInputStream();
        OutputStream out = client.getOutputStream();
        byte[] buffer = new byte[16 * 1024];
        ByteArrayOutputStream statusLine = new ByteArrayOutputStream();
        int read;
        while ((read = in.read(buffer)) >= 0) {
            if (statusLine.size() < STATUS_LINE_START) {
                statusLine.write(buffer, 0, Math.min(read, STATUS_LINE_START - statusLine.size()));
                if (statusLine.size() == STATUS_LINE_START) {
                    count(chosen, requestLine, statusLine.toString(StandardCharsets.US_ASCII));
                }
            }
            out.write(buffer, 0, read);
            out.flush();
        }
    }

    private void count(int chosen, String requestLine, String statusLine) {
        if (!statusLine.endsWith(" 200")) {
            return;
        }
        if (requestLine.startsWith("POST /sync/push ")) {
            pushesAnswered.get(chosen).incrementAndGet();
            syncsAnswered.get(chosen).incrementAndGet();
        } else if (requestLine.startsWith("GET /sync/pull")) {
            syncsAnswered.get(chosen).incrementAndGet();
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed: the exchange is over
        }
    }

    /** The head up to and including its empty line, or null when the client closed first. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int next;
        while (matched < HEAD_END.length && (next = in.read()) >= 0) {
            head.write(next);
            matched = next == HEAD_END[matched] ? matched + 1 : (next == HEAD_END[0] ? 1 : 0);
        }
        return matched == HEAD_END.length ? head.toByteArray() : null;
    }

    /** The same head with {@code Connection: close} instead of whatever the client asked for. */
    private static byte[] closingAfterTheAnswer(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        StringBuilder rewritten = new StringBuilder();
        for (String line : text.substring(0, text.length() - 4).split("\r\n")) {
            if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                rewritten.append(line).append("\r\n");
            }
        }
        rewritten.append("Connection: close\r\n\r\n");
        return rewritten.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return bytes.length;
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        close(listener);
        open.forEach(RoundRobinFront::close);
    }

    private static void close(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
