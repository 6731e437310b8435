package lab.spectra.server.config;

import java.util.HashMap;
import java.util.Map;

/** The least a production server's environment holds, for tests of one setting more. */
final class ProductionEnvironment {

    private ProductionEnvironment() {}

    /** A fresh, changeable map each time. */
    static Map<String, String> minimal() {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPECTRA_MODE", "prod");
        environment.put("DATABASE_URL", "jdbc:postgresql://localhost:5432/spectra");
        environment.put("DATABASE_APP_USER", "spectra_app");
        environment.put("DATABASE_APP_PASSWORD", "app-secret");
        environment.put("DATABASE_LOGIN_USER", "spectra_login");
        environment.put("DATABASE_LOGIN_PASSWORD", "login-secret");
        environment.put("SPECTRA_ISSUER", "https://lims.example.org");
        return environment;
    }
}
