package lab.spectra.desktop.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the classes the heavy screens need (their FXML, controllers and view models, JavaFX's
 * table skins and CSS, the local database's query classes) on a low-priority background thread
 * once the main window is up, so that the first opening of Samples or Runs does not spend most of
 * its time loading classes on the JavaFX thread (ADR 0036, revised). The list,
 * {@code screen-classes.txt}, is the classes a fresh JVM loaded while it first opened the Samples
 * screen; a name that no longer exists is skipped, so a stale list costs speed, never correctness.
 */
public final class ScreenClassPreloader {

    static final String LIST = "screen-classes.txt";

    private ScreenClassPreloader() {}

    /** Starts the loading thread and returns at once; never call it before the first window is shown. */
    public static Thread start() {
        Thread thread = new Thread(ScreenClassPreloader::loadAll, "screen-class-preloader");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /**
     * Loads and links (verifies) each listed class it can, without initializing it; returns how
     * many it loaded. Initializing is left to the screen: a static initializer run here while the
     * JavaFX thread initializes a class it depends on could deadlock the two threads, whereas
     * loading and linking run no code of the class. Asking for its declared methods links it.
     */
    public static int loadAll() {
        ClassLoader loader = ScreenClassPreloader.class.getClassLoader();
        int loaded = 0;
        for (String name : names()) {
            try {
                var unused = Class.forName(name, false, loader).getDeclaredMethods(); // links it
                loaded++;
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                // Renamed or gone since the list was made, or not loadable on its own: the screen loads what it needs.
            }
        }
        return loaded;
    }

    /** The listed class names, in the order they were first loaded. */
    public static List<String> names() {
        try (InputStream list = ScreenClassPreloader.class.getResourceAsStream(LIST)) {
            if (list == null) {
                return List.of();
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
                return lines.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList();
            }
        } catch (IOException e) {
            return List.of();
        }
    }
}
