package lab.spectra.server.lims;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.server.testing.DemoServer;

/** The reasons the audit trail kept for one record's changes by one command type, oldest first. */
final class AuditReasons {

    private AuditReasons() {}

    static List<String> of(DemoServer demo, String recordId, String action) throws SQLException {
        try (Connection connection = demo.postgres.ownerConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT reason FROM audit_log WHERE record_id = ? AND action = ? ORDER BY sequence")) {
            query.setObject(1, UUID.fromString(recordId));
            query.setString(2, action);
            List<String> reasons = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reasons.add(rows.getString(1));
                }
            }
            return reasons;
        }
    }
}
