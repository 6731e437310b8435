package lab.spectra.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ServerLab;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An upload that received no part for a day (a bench that never came back) is deleted with its
 * parts, by the sweeper at start-up and on its schedule; one that is still fed, however old, stays.
 * The clock is the test's, set in the past, because PostgreSQL also keeps anything touched within
 * its last real hour.
 */
class AbandonedUploadsAreDeletedWithTheirPartsTest {

    private static final Duration A_DAY = Duration.ofHours(24);

    private final ServerLab lab = new ServerLab(DemoServer.get().postgres);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final TestClock clock = new TestClock(now);
    private final FileUploads files = new FileUploads(lab.database, clock);
    private final UserAccount tech = technician();

    @AfterEach
    void close() {
        lab.close();
    }

    @Test
    void anUploadIdleForADayGoesWhileAFreshOneAndAResumedOneStay() {
        clock.set(now.minus(Duration.ofDays(3)));
        UUID abandoned = uploadWithOnePart(10);
        clock.set(now.minus(Duration.ofDays(2)));
        UUID resumed = uploadWithOnePart(20);
        clock.set(now.minus(Duration.ofHours(2)));
        assertThat(files.append(tech, resumed, 1, new byte[] {2})).isInstanceOf(FileUploads.Accepted.class);
        clock.set(now.minus(Duration.ofMinutes(10)));
        UUID fresh = uploadWithOnePart(30);
        clock.set(now);

        new AbandonedUploadSweeper(files, clock, A_DAY).sweep();

        assertThat(files.status(tech, abandoned)).isInstanceOf(FileUploads.NotFound.class);
        assertThat(partsOf(abandoned)).isZero();
        assertThat(receivedBytes(resumed))
                .as("started two days ago, fed two hours ago")
                .isEqualTo(2);
        assertThat(partsOf(resumed)).isEqualTo(2);
        assertThat(receivedBytes(fresh)).isEqualTo(1);
    }

    @Test
    void theSweeperDeletesAbandonedUploadsAsSoonAsItStarts() throws InterruptedException {
        clock.set(now.minus(Duration.ofDays(2)));
        UUID abandoned = uploadWithOnePart(40);
        clock.set(now);

        try (AbandonedUploadSweeper sweeper = new AbandonedUploadSweeper(files, clock, A_DAY)) {
            sweeper.start(Duration.ofHours(1));
            Instant giveUp = Instant.now().plusSeconds(20);
            while (files.status(tech, abandoned) instanceof FileUploads.Accepted
                    && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
            }
        }

        assertThat(files.status(tech, abandoned)).isInstanceOf(FileUploads.NotFound.class);
    }

    @Test
    void noCutOffRemovesAnUploadFedInTheLastHour() {
        UUID fresh = uploadWithOnePart(50);

        files.removeAbandonedBefore(now.plus(Duration.ofDays(1)));

        assertThat(receivedBytes(fresh)).isEqualTo(1);
    }

    /** An upload of a two-byte file of which the first byte was sent. */
    private UUID uploadWithOnePart(int seed) {
        String sha = Uploads.sha256(Uploads.randomFile(2, seed));
        FileUploads.Outcome started = files.start(tech, sha, 2, Long.MAX_VALUE);
        UUID id = ((FileUploads.Accepted) started).state().uploadId();
        assertThat(files.append(tech, id, 0, new byte[] {1})).isInstanceOf(FileUploads.Accepted.class);
        return id;
    }

    private long receivedBytes(UUID upload) {
        FileUploads.Outcome status = files.status(tech, upload);
        assertThat(status).isInstanceOf(FileUploads.Accepted.class);
        return ((FileUploads.Accepted) status).state().receivedBytes();
    }

    private int partsOf(UUID upload) {
        return lab.database.inTenant(tech.organizationId(), connection -> {
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT count(*) FROM file_upload_parts WHERE upload_id = ?")) {
                count.setObject(1, upload);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    private UserAccount technician() {
        String slug = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
        Organization organization = lab.provisioning.createOrganization(slug, slug + " lab", null);
        return lab.provisioning.createUser(
                organization.id(), "tech@" + slug + ".test", "Technician", Role.TECHNICIAN, "not-a-real-hash", null);
    }
}
