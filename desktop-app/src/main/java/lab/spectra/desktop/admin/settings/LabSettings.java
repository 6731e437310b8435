package lab.spectra.desktop.admin.settings;

import lab.spectra.model.org.OrganizationSettings;

/** The organization's settings on the server, read and replaced online with the admin's session. */
public interface LabSettings {

    OrganizationSettings load();

    /** @return the settings as the server now holds them */
    OrganizationSettings save(OrganizationSettings settings);
}
