package lab.spectra.server.auth.oidc.signin;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.server.testing.LabWithItsIdentityProvider;

/** What the organization's audit trail says about one person's account, in order. */
final class ProviderTrail {

    /** One entry: its action, who made it (null for no person) and why. */
    record Entry(String action, UUID actor, String reason) {}

    static List<Entry> about(LabWithItsIdentityProvider company, UUID person) {
        return company.lab.database.inTenant(company.org.id(), connection -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT action, actor_id, reason FROM audit_log WHERE record_id = ? ORDER BY sequence")) {
                select.setObject(1, person);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getString(1), rows.getObject(2, UUID.class), rows.getString(3)));
                    }
                }
            }
            return entries;
        });
    }

    private ProviderTrail() {}
}
