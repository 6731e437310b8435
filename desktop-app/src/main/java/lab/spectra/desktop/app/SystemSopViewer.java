package lab.spectra.desktop.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import lab.spectra.desktop.sops.SopDocuments;
import lab.spectra.model.attachment.Attachment;

/**
 * Opens an SOP's PDF in the viewer the desktop environment names for it, through {@code
 * java.awt.Desktop} (module {@code java.desktop}, in the app's linked runtime). The file is the
 * bench's copy, fetched from the server first when it is not here.
 */
final class SystemSopViewer implements SopDocuments {

    private final Function<String, Path> fetch;

    /** @param fetch the local path of a file by its SHA-256, fetched when the bench does not hold it */
    SystemSopViewer(Function<String, Path> fetch) {
        this.fetch = fetch;
    }

    @Override
    public void open(Attachment document) throws IOException {
        Path file = fetch.apply(document.contentSha256());
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("this PC has no viewer the app can open");
        }
        // The bench keeps files under their hash; the viewer is given a copy under the file's own name.
        Path named = Files.createTempDirectory("spectra-sop-").resolve(safeName(document.fileName()));
        Files.copy(file, named);
        named.toFile().deleteOnExit();
        Desktop.getDesktop().open(named.toFile());
    }

    private static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|]", "_");
        return name.isBlank() ? "sop.pdf" : name;
    }
}
