package lab.spectra.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The guard that keeps a lab administrable: the last active admin may be neither deactivated nor
 * demoted, or nobody could add, enable or reset anyone again. Called inside the transaction that
 * holds the organization's lock ({@code OrgSequence.lock}), so two admins demoting each other at
 * the same moment are decided one after the other and the second is refused.
 */
public final class ActiveAdmins {

    private ActiveAdmins() {}

    /** Whether an active admin other than {@code userId} remains in the organization. */
    public static boolean anotherBesides(Connection connection, UUID organizationId, UUID userId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT COUNT(*) FROM users WHERE organization_id = ?"
                        + " AND role = 'admin' AND active AND deleted_at IS NULL AND id <> ?")) {
            select.setObject(1, organizationId);
            select.setObject(2, userId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    public static String refusal(String displayName) {
        return displayName + " is the last active admin of this lab; make someone else an admin first";
    }
}
