package lab.spectra.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.TenantActivity;
import lab.spectra.server.org.Provisioning;
import lab.spectra.server.testing.H2TestDatabase;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On H2 (a lab on one PC, development) the sweeper deletes abandoned uploads too, without
 * PostgreSQL's definer function: an upload idle for a day goes, one fed an hour ago stays.
 */
class AbandonedUploadsAreAlsoDeletedOnOnePcsDatabaseTest {

    private final Database database =
            Database.connect(H2TestDatabase.createMigrated(), 2, Duration.ofSeconds(10), new TenantActivity());
    private final TestClock clock = new TestClock();
    private final FileUploads files = new FileUploads(database, clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anUploadIdleForADayGoesAndOneFedAnHourAgoStays() {
        Provisioning provisioning = new Provisioning(database, DomainJson.newMapper(), clock);
        Organization organization = provisioning.createOrganization("one-pc", "One PC lab", null);
        UserAccount tech = provisioning.createUser(
                organization.id(), "tech@one-pc.test", "Technician", Role.TECHNICIAN, "not-a-real-hash", null);
        Instant now = clock.instant();
        clock.set(now.minus(Duration.ofHours(25)));
        UUID abandoned = uploadWithOnePart(tech, 1);
        clock.set(now.minus(Duration.ofHours(1)));
        UUID fed = uploadWithOnePart(tech, 2);
        clock.set(now);

        int removed = new AbandonedUploadSweeper(files, clock, Duration.ofHours(24)).sweep();

        assertThat(removed).isEqualTo(1);
        assertThat(files.status(tech, abandoned)).isInstanceOf(FileUploads.NotFound.class);
        assertThat(files.status(tech, fed)).isInstanceOf(FileUploads.Accepted.class);
    }

    private UUID uploadWithOnePart(UserAccount tech, int seed) {
        String sha = Uploads.sha256(Uploads.randomFile(2, seed));
        UUID id = ((FileUploads.Accepted) files.start(tech, sha, 2, Long.MAX_VALUE))
                .state()
                .uploadId();
        assertThat(files.append(tech, id, 0, new byte[] {1})).isInstanceOf(FileUploads.Accepted.class);
        return id;
    }
}
