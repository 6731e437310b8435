package lab.spectra.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server keeps the answer to every command and gives it again; nothing is applied twice. */
class CommandsAreDecidedOnceTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static ServerLab.Org org;

    @BeforeAll
    static void organization() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("once");
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private long count(String sql, UUID id) {
        return lab.database.inTenant(org.id(), connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setObject(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    @Test
    void theSameCommandSentTwiceIsAppliedOnceAndAnsweredTheSame() {
        CreateSample create = new CreateSample(lab.meta(org.engineer()), Ids.newId(), "Twice", "T-1", null, null, null);

        CommandResult first = lab.run(create, org.engineer());
        CommandResult second = lab.run(create, org.engineer());

        assertThat(first).isInstanceOf(CommandResult.Applied.class);
        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM samples WHERE id = ?", create.sampleId()))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM change_log WHERE row_id = ?", create.sampleId()))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE record_id = ?", create.sampleId()))
                .isEqualTo(1);
    }

    @Test
    void aRejectionIsAlsoRememberedAndRepeated() {
        CreateSample blank = new CreateSample(lab.meta(org.engineer()), Ids.newId(), " ", "T-2", null, null, null);

        CommandResult first = lab.run(blank, org.engineer());

        assertThat(first)
                .isEqualTo(new CommandResult.Rejected(
                        blank.meta().commandId(), RejectionCode.INVALID_INPUT, "Sample name is required"));
        assertThat(lab.run(blank, org.engineer())).isEqualTo(first);
    }

    @Test
    void aCommandWithTheIdOfAnotherOrganizationsRowIsRejectedWithoutWritingAnything() {
        ServerLab.Org other = lab.createOrganization("other");
        UUID theirs = lab.sample(other, "O-1");
        CreateSample sameId = new CreateSample(lab.meta(org.engineer()), theirs, "Mine", "T-3", null, null, null);

        CommandResult result = lab.run(sameId, org.engineer());

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.ALREADY_EXISTS);
        assertThat(count(
                        "SELECT count(*) FROM processed_commands WHERE command_id = ?",
                        sameId.meta().commandId()))
                .isZero();
        assertThat(count("SELECT count(*) FROM change_log WHERE row_id = ?", theirs))
                .isZero();
    }

    @Test
    void everyAppliedChangeGetsTheNextChangeNumber() {
        lab.sample(org, "N-1");
        lab.sample(org, "N-2");
        long numbers = lab.database.inTenant(org.id(), connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(
                            "SELECT count(*) = max(change_number) AND min(change_number) = 1 FROM change_log")) {
                result.next();
                return result.getBoolean(1) ? 1L : 0L;
            }
        });
        assertThat(numbers).as("change numbers run 1..n without gaps").isEqualTo(1);
    }
}
