package lab.spectra.desktop.admin.workstations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.model.id.Ids;
import org.junit.jupiter.api.Test;

/** Without a server: the view model asks for a reason, sends nothing without one, and reports refusals in words. */
class RevokingNeedsAReasonAndSaysWhatTheServerAnsweredTest {

    private final AdminClient.LabWorkstation bench = new AdminClient.LabWorkstation(
            Ids.newId(), "XRD bench", Instant.EPOCH, Instant.EPOCH, null, null, List.of());

    /** A directory that records what it was asked and answers as told. */
    private static final class Directory implements WorkstationDirectory {
        final List<String> revoked = new ArrayList<>();
        RuntimeException failure;
        final List<AdminClient.LabWorkstation> benches;

        Directory(AdminClient.LabWorkstation... benches) {
            this.benches = List.of(benches);
        }

        @Override
        public List<AdminClient.LabWorkstation> list() {
            return benches;
        }

        @Override
        public AdminClient.Revoked revoke(UUID workstationId, String reason) {
            if (failure != null) {
                throw failure;
            }
            revoked.add(workstationId + ": " + reason);
            return new AdminClient.Revoked(workstationId, Instant.EPOCH, 2, false);
        }
    }

    @Test
    void withoutAReasonNothingIsSent() {
        Directory directory = new Directory(bench);
        WorkstationsViewModel model = new WorkstationsViewModel(directory, new CurrentThreadTaskRunner());
        model.selected().set(bench);
        model.reason().set("   ");

        model.revoke();

        assertThat(model.revokable().get()).isFalse();
        assertThat(directory.revoked).isEmpty();
        assertThat(model.message().get()).isEqualTo("Say why this workstation is revoked");
    }

    @Test
    void theReasonIsSentStrippedAndTheOutcomeSaidInWords() {
        Directory directory = new Directory(bench);
        WorkstationsViewModel model = new WorkstationsViewModel(directory, new CurrentThreadTaskRunner());
        model.selected().set(bench);
        model.reason().set("  stolen  ");

        model.revoke();

        assertThat(directory.revoked).containsExactly(bench.workstationId() + ": stolen");
        assertThat(model.message().get()).startsWith("XRD bench is revoked: 2 device keys no longer work");
    }

    @Test
    void aRefusalOfTheServerIsShownAsItSaidIt() {
        Directory directory = new Directory(bench);
        directory.failure = new ServerRefusedException(409, "own_workstation", "This is the workstation you are using");
        WorkstationsViewModel model = new WorkstationsViewModel(directory, new CurrentThreadTaskRunner());
        model.selected().set(bench);
        model.reason().set("mine");

        model.revoke();

        assertThat(model.message().get()).isEqualTo("This is the workstation you are using");
    }

    @Test
    void anUnreachableServerIsNotPromisedALaterSend() {
        Directory directory = new Directory(bench);
        directory.failure = new ServerUnreachableException("no route to host", null);
        WorkstationsViewModel model = new WorkstationsViewModel(directory, new CurrentThreadTaskRunner());
        model.selected().set(bench);
        model.reason().set("lost");

        model.revoke();

        assertThat(model.message().get()).contains("online only").doesNotContain("sent when");
    }
}
