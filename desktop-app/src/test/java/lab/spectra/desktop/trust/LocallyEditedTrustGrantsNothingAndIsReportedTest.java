package lab.spectra.desktop.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Someone who can write the bench's files (and knows the technician's password) edits what the
 * bench believes offline: the role, the person's key, the time floor. Nothing of it is obeyed;
 * offline sign-in says the local data was changed and asks for an online sign-in.
 */
class LocallyEditedTrustGrantsNothingAndIsReportedTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("tampered");
    private final Path data = SyncTestbed.newDataDirectory();
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final String tech = SyncTestbed.email(org, "tech");

    @AfterEach
    void closeNetwork() {
        network.close();
    }

    private String signInOnceOnline() {
        try (Workstation bench = Workstation.open(data, network.uri())) {
            bench.signIn(tech, SyncTestbed.PASSWORD);
            bench.sync().syncNow();
        }
        return BenchFiles.databaseKey(data, tech, SyncTestbed.PASSWORD);
    }

    private Workstation.OfflineSignIn signInOffline(Workstation bench) {
        network.mode(FaultyProxy.Mode.DOWN);
        return bench.signInOffline(tech, SyncTestbed.PASSWORD.toCharArray(), Duration.ofDays(7));
    }

    @Test
    void aTechnicianPromotedToAdminInTheLocalUsersTableIsStillATechnician() {
        String key = signInOnceOnline();
        BenchFiles.edit(data, key, connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE users SET role = 'admin' WHERE email = ?")) {
                update.setString(1, tech);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            return null;
        });

        try (Workstation bench = Workstation.open(data, network.uri())) {
            Workstation.OfflineSignIn outcome = signInOffline(bench);
            assertThat(outcome).isInstanceOf(Workstation.Unlocked.class);
            assertThat(((Workstation.Unlocked) outcome).snapshot().role()).isEqualTo(Role.TECHNICIAN);
            Outcome recipe = bench.commands()
                    .execute(new CreateRecipe(
                            bench.newMeta(org.technician().userId()),
                            Ids.newId(),
                            "Promoted myself",
                            InstrumentKind.SMU,
                            JsonObjects.empty(),
                            null,
                            null));
            assertThat(recipe).isInstanceOf(Rejected.class);
            assertThat(((Rejected) recipe).code()).isEqualTo(RejectionCode.NOT_PERMITTED);
        }
    }

    @Test
    void aRemovedTimeFloorIsTamperingAndOfflineSignInIsRefused() {
        String key = signInOnceOnline();
        BenchFiles.edit(data, key, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sync_state SET latest_receipt = NULL, latest_server_time = NULL")) {
                update.executeUpdate();
            }
            return null;
        });

        try (Workstation bench = Workstation.open(data, network.uri())) {
            Workstation.OfflineSignIn outcome = signInOffline(bench);
            assertThat(outcome).isInstanceOf(Workstation.Refused.class);
            assertThat(((Workstation.Refused) outcome).reason())
                    .contains("time floor")
                    .contains("Sign in while connected");
        }
    }

    @Test
    void anEditedSnapshotIsTamperingAndOfflineSignInIsRefused() {
        String key = signInOnceOnline();
        BenchFiles.edit(data, key, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE identity_snapshots SET snapshot = REPLACE(snapshot, SUBSTRING(snapshot, 60, 8), 'AAAAAAAA')")) {
                update.executeUpdate();
            }
            return null;
        });

        try (Workstation bench = Workstation.open(data, network.uri())) {
            Workstation.OfflineSignIn outcome = signInOffline(bench);
            assertThat(((Workstation.Refused) outcome).reason()).contains("changed");
        }
    }

    @Test
    void aKeyringEntryReplacedWithAnotherKeyIsTamperingAndOfflineSignInIsRefused() {
        String key = signInOnceOnline();
        Keyring keyring = Keyring.load(data, null);
        Keyring.Person genuine = keyring.person(tech).orElseThrow();
        byte[] salt = PasswordSeal.newSalt();
        keyring.put(PersonKeys.seal(
                genuine.userId(),
                tech,
                salt,
                PasswordSeal.derive(SyncTestbed.PASSWORD.toCharArray(), salt),
                DeviceKeys.generate(),
                key,
                keyring.workstationId()));

        try (Workstation bench = Workstation.open(data, network.uri())) {
            Workstation.OfflineSignIn outcome = signInOffline(bench);
            assertThat(((Workstation.Refused) outcome).reason()).contains("does not match");
        }
    }

    @Test
    void anOnlineSignInRepairsWhatWasTamperedWith() {
        String key = signInOnceOnline();
        BenchFiles.edit(data, key, connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE sync_state SET latest_receipt = NULL")) {
                update.executeUpdate();
            }
            return null;
        });

        try (Workstation bench = Workstation.open(data, network.uri())) {
            bench.signIn(tech, SyncTestbed.PASSWORD);
            assertThat(bench.sync().syncNow().succeeded()).isTrue();
        }
        try (Workstation bench = Workstation.open(data, network.uri())) {
            assertThat(signInOffline(bench)).isInstanceOf(Workstation.Unlocked.class);
        }
    }
}
