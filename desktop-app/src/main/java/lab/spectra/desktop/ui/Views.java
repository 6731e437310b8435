package lab.spectra.desktop.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view next to its controller class ({@code FooController} → {@code Foo.fxml} in the
 * same package) and gives it the controller instance built by the caller, so controllers get
 * their view model through the constructor.
 */
public final class Views {

    private Views() {}

    public static Parent load(Object controller) {
        String name = controller.getClass().getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL fxml = controller.getClass().getResource(name);
        if (fxml == null) {
            throw new IllegalStateException(
                    "No view " + name + " next to " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(name + " expects a " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
    }
}
