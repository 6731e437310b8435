package lab.spectra.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chain format 2 hashes a number by its exact decimal value (issue 11). Format 1 compared every
 * number as the nearest double, so an owner could change 9007199254740993 into 9007199254740992, or
 * 0.1 into 0.1000000000000000055511151231257827, without breaking the chain.
 */
class NumbersAreHashedByTheirExactValueTest {

    private PostgresTestDatabase postgres;
    private ServerLab lab;
    private ServerLab.Org org;
    private UUID recipe;

    @BeforeEach
    void aRecipeWithPreciseParameters() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("precise");
        CreateRecipe create = new CreateRecipe(
                lab.meta(org.engineer()),
                Ids.newId(),
                "Sweep",
                InstrumentKind.SMU,
                JsonObjects.empty().put("points", 9_007_199_254_740_993L).put("step_v", 0.1),
                null,
                null);
        ServerLab.expectApplied(lab.run(create, org.engineer()));
        recipe = create.recipeId();
    }

    @AfterEach
    void dropDatabase() {
        lab.close();
        postgres.close();
    }

    /** The owner switches the guard off and changes one parameter of the recipe's audit entry. */
    private long ownerSetsParameter(String name, String value) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                Statement guard = owner.createStatement()) {
            guard.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
            try (PreparedStatement edit = owner.prepareStatement("UPDATE audit_log"
                    + " SET new_value = jsonb_set(new_value, ARRAY['parameters', ?], ?::jsonb)"
                    + " WHERE record_id = ? AND action = 'CreateRecipe' RETURNING sequence")) {
                edit.setString(1, name);
                edit.setString(2, value);
                edit.setObject(3, recipe);
                try (var changed = edit.executeQuery()) {
                    changed.next();
                    return changed.getLong(1);
                }
            } finally {
                guard.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
            }
        }
    }

    private Optional<AuditChain.Break> verify() {
        return new AuditVerifier(lab.database, lab.mapper).verify(org.id());
    }

    @Test
    void theUntouchedTrailVerifies() {
        assertThat(verify()).isEmpty();
    }

    @Test
    void anIntegerChangedToOneWithTheSameNearestDoubleIsNamed() throws SQLException {
        long edited = ownerSetsParameter("points", "9007199254740992");
        assertThat(verify()).map(AuditChain.Break::sequence).contains(edited);
    }

    @Test
    void aDecimalChangedToOneWithTheSameNearestDoubleIsNamed() throws SQLException {
        long edited = ownerSetsParameter("step_v", "0.1000000000000000055511151231257827");
        assertThat(verify()).map(AuditChain.Break::sequence).contains(edited);
    }

    @Test
    void theSameNumberWrittenAnotherWayStillVerifies() throws SQLException {
        ownerSetsParameter("step_v", "0.100");
        assertThat(verify()).isEmpty();
    }
}
