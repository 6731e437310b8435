package lab.spectra.desktop.firstrun;

import java.util.Arrays;
import java.util.Locale;

/**
 * What founding a lab on this PC takes: its name and its first admin. The password is held as
 * characters so that it can be wiped once the lab exists.
 */
public record LabSetup(String labName, String adminName, String adminEmail, char[] adminPassword) {

    /** The lab's short name in addresses: lower case letters, digits and dashes. */
    public String slug() {
        String slug = labName.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? "lab" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    public void wipePassword() {
        Arrays.fill(adminPassword, '\0');
    }

    @Override
    public String toString() {
        return "LabSetup[" + labName + ", " + adminEmail + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabSetup setup
                && setup.labName.equals(labName)
                && setup.adminName.equals(adminName)
                && setup.adminEmail.equals(adminEmail)
                && Arrays.equals(setup.adminPassword, adminPassword);
    }

    @Override
    public int hashCode() {
        return labName.hashCode() * 31 + adminEmail.hashCode();
    }
}
