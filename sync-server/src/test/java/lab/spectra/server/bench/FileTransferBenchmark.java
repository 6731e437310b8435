package lab.spectra.server.bench;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.S3MockServer;

/**
 * Upload and download throughput of files by content (ADR 0019) over loopback HTTP into PostgreSQL
 * as the application role. Not a test: it prints MiB/s. Run, with
 * the modules installed ({@code mvn -q -pl sync-server -am install}), with
 * {@code mvn -q -pl sync-server exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=lab.spectra.server.bench.FileTransferBenchmark} (PostgreSQL from
 * {@code .ci/setup-postgres.sh}). Bounded: three files of the given size (MiB, default 64), parts of
 * 8 MiB as the server's default allows, each uploaded, completed (hashed by the server) and read back.
 * A second argument {@code s3} keeps the content in a bucket of s3mock (ADR 0020), started as the
 * tests start it, from the module's folder.
 */
public final class FileTransferBenchmark {

    private static final int PART = 8 * 1024 * 1024;

    private FileTransferBenchmark() {}

    public static void main(String[] args) throws Exception {
        int mebibytes = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        boolean inBucket = args.length > 1 && args[1].equals("s3");
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
                SyncServer server = SyncServer.start(config(postgres, inBucket))) {
            Http http = new Http(server.baseUri());
            Organization organization = server.parts().provisioning().createOrganization("files", "Files lab", null);
            server.parts()
                    .provisioning()
                    .createUser(
                            organization.id(),
                            "tech@files.test",
                            "Tech",
                            Role.TECHNICIAN,
                            server.parts().passwordHasher().hash("tech-pw".toCharArray()),
                            null);
            String token = http.post("/auth/login", null, Map.of("username", "tech@files.test", "password", "tech-pw"))
                    .body()
                    .get("access_token")
                    .asText();
            System.out.printf(
                    "file size %d MiB, parts of %d MiB, content in %s%n",
                    mebibytes, PART / (1024 * 1024), inBucket ? "an S3 bucket (s3mock)" : "PostgreSQL");
            for (int round = 1; round <= 3; round++) {
                byte[] file = new byte[mebibytes * 1024 * 1024];
                new Random(round).nextBytes(file);
                String sha = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(file));
                long started = System.nanoTime();
                String id = http.post(
                                "/api/files/uploads", token, Map.of("content_sha256", sha, "size_bytes", file.length))
                        .body()
                        .get("upload_id")
                        .asText();
                for (int offset = 0; offset < file.length; offset += PART) {
                    Http.Response part = http.sendBytes(
                            "PUT",
                            "/api/files/uploads/" + id + "?offset=" + offset,
                            token,
                            Arrays.copyOfRange(file, offset, Math.min(file.length, offset + PART)));
                    if (part.status() != 200) {
                        throw new IllegalStateException("Part refused: " + part.body());
                    }
                }
                Http.Response completed = http.send("POST", "/api/files/uploads/" + id + "/complete", token, null);
                if (completed.status() != 201) {
                    throw new IllegalStateException("Not stored: " + completed.body());
                }
                double upload = (System.nanoTime() - started) / 1e9;
                started = System.nanoTime();
                HttpResponse<byte[]> download = http.download("/api/files/" + sha, token);
                double downloadSeconds = (System.nanoTime() - started) / 1e9;
                if (!Arrays.equals(download.body(), file)) {
                    throw new IllegalStateException("The file read back differs");
                }
                System.out.printf(
                        "round %d: upload+complete %.1f MiB/s (%.2f s), download %.1f MiB/s (%.2f s)%n",
                        round, mebibytes / upload, upload, mebibytes / downloadSeconds, downloadSeconds);
            }
        }
    }

    private static ServerConfig config(PostgresTestDatabase postgres, boolean inBucket) {
        ServerConfig config = DemoServer.config(postgres, false);
        return inBucket
                ? config.toBuilder()
                        .files(ServerConfig.Files.inBucket(S3MockServer.get().bucket()))
                        .build()
                : config;
    }
}
