package lab.spectra.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lab.spectra.server.config.ServerConfig;

/**
 * A real S3-API server (Adobe's s3mock) for the object-store tests, in a JVM of its own: it is a
 * Spring Boot application on Jetty 12, which cannot share a class path with Javalin's Jetty. The
 * build copies its runnable jar to {@code target/s3mock/}. Started once per test JVM (a Spring Boot
 * start takes seconds), on a free port, with the test bucket; stopped when the JVM ends, and at
 * once if it does not come up. It does not check request signatures, so no test may rely on it to
 * refuse a wrong key.
 */
public final class S3MockServer {

    public static final String BUCKET = "spectra-test-files";
    private static final Path JAR = Path.of("target", "s3mock", "s3mock.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static S3MockServer instance;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private S3MockServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** The one server of this test JVM, started on first use. */
    public static synchronized S3MockServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The settings a server uses to keep its files in the test bucket. */
    public ServerConfig.S3Bucket bucket() {
        return new ServerConfig.S3Bucket(endpoint, "us-east-1", BUCKET, "test-access-key", "test-secret-key");
    }

    private static S3MockServer start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath()
                    + " is missing: the build copies it (mvn ... process-test-resources) before the tests run");
        }
        try {
            int port = freePort();
            Path root = Files.createTempDirectory("spectra-s3mock-");
            Path log = root.resolveSibling(root.getFileName() + ".log");
            Process process = new ProcessBuilder(List.of(
                            javaExecutable(),
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-jar",
                            JAR.toAbsolutePath().toString(),
                            "--com.adobe.testing.s3mock.httpPort=" + port,
                            // The HTTPS port is not used: any free one.
                            "--server.port=0",
                            "--com.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
                            "--com.adobe.testing.s3mock.domain.root=" + root,
                            "--spring.main.banner-mode=off",
                            "--spring.main.lazy-initialization=true"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            // Registered before waiting: a test run that fails or is interrupted still stops it.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            S3MockServer server = new S3MockServer(process, URI.create("http://127.0.0.1:" + port), log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start s3mock: " + e.getMessage(), e);
        }
    }

    /** Ready once it lists the test bucket. */
    private void awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest listBuckets = HttpRequest.newBuilder(endpoint.resolve("/"))
                .timeout(Duration.ofSeconds(2))
                .build();
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3mock stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> answer = client.send(listBuckets, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains(BUCKET)) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("s3mock did not start within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
