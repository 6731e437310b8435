package lab.spectra.model.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Lab roles, weakest first: each role may do everything the roles before it may. */
public enum Role {
    VIEWER("Viewer"),
    TECHNICIAN("Technician"),
    ENGINEER("Engineer"),
    PI("PI"),
    ADMIN("Admin");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isAtLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** The name used on the wire and in the database: {@code admin}, {@code pi}, ... */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(role -> role.wireName().equalsIgnoreCase(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role: " + wireName));
    }
}
