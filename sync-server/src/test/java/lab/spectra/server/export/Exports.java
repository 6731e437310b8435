package lab.spectra.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ProductionSetup;

/** Downloads exports from the demo server, unpacks them for tampering, and runs verify-export on them. */
final class Exports {

    private Exports() {}

    /** The admin's export of a demo organization (by its domain), saved as a zip. */
    static Path download(DemoServer demo, String domain, Path folder) throws IOException {
        HttpResponse<byte[]> answer = demo.http.download("/api/admin/export", demo.token("admin@" + domain));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        Path zip = folder.resolve(domain + ".zip");
        Files.write(zip, answer.body());
        return zip;
    }

    /** The zip unpacked into a new folder, to change it file by file. */
    static Path unpack(Path zip, Path folder) throws IOException {
        Path root = Files.createDirectories(folder.resolve("unpacked"));
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = root.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(entries, file);
            }
        }
        return root;
    }

    static ProductionSetup.Run verify(Path export, String... more) {
        String[] arguments = new String[more.length + 2];
        arguments[0] = "verify-export";
        arguments[1] = export.toString();
        System.arraycopy(more, 0, arguments, 2, more.length);
        return ProductionSetup.command(java.util.Map.of(), arguments);
    }
}
