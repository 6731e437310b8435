package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * SYNC.md, pull: change numbers follow commit order, so a workstation pulling while others write
 * never skips a change. Writers on the server and a pushing workstation race two pulling ones;
 * at the end every workstation holds exactly the server's rows at the server's versions.
 */
class NoChangeIsMissedWhileOthersWriteTest {

    private static final int WRITERS = 3;
    private static final int SAMPLES_PER_WRITER = 30;
    private static final int OFFLINE_SAMPLES = 20;

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("race");

    private static Map<UUID, Long> localVersions(Workstation bench) {
        // Every sample the bench holds, deleted ones too.
        return new BenchReads(bench.commands()).read(rows -> {
            Map<UUID, Long> versions = new HashMap<>();
            rows.<Sample>rows(
                            Table.SAMPLES,
                            "SELECT " + LocalRows.columns(Table.SAMPLES, "s")
                                    + " FROM samples s WHERE s.organization_id = ?",
                            rows.organizationId())
                    .forEach(sample -> versions.put(sample.id(), sample.rowVersion()));
            return versions;
        });
    }

    private void writeOnServer(int writer) {
        for (int i = 0; i < SAMPLES_PER_WRITER; i++) {
            UUID sample = lab.sample(org, "W" + writer + "-" + i);
            if (i % 3 == 0) {
                lab.run(
                        new EditSample(
                                lab.meta(org.engineer()),
                                sample,
                                null,
                                null,
                                new FieldChange<>("Cabinet A", "Shelf " + i),
                                null,
                                null,
                                null,
                                null),
                        org.engineer());
            }
        }
    }

    @Test
    void everyWorkstationEndsWithExactlyTheServersRows() throws Exception {
        try (Workstation pullerA = testbed.newWorkstation();
                Workstation pullerB = testbed.newWorkstation();
                Workstation pusher = testbed.newWorkstation()) {
            pullerA.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);
            pullerB.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
            ServerSession engineer = pusher.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            pusher.sync().syncNow();

            ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 3);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                writers.add(threads.submit(() -> writeOnServer(id)));
            }
            writers.add(threads.submit(() -> {
                for (int i = 0; i < OFFLINE_SAMPLES; i++) {
                    pusher.commands()
                            .execute(new CreateSample(
                                    pusher.newMeta(engineer.userId()),
                                    Ids.newId(),
                                    "From the bench " + i,
                                    "P-" + i,
                                    null,
                                    null,
                                    null));
                    if (i % 4 == 0) {
                        pusher.sync().syncNow();
                    }
                }
                pusher.sync().syncNow();
            }));
            List<Future<?>> pullers = new ArrayList<>();
            for (Workstation puller : List.of(pullerA, pullerB)) {
                pullers.add(threads.submit(() -> {
                    while (writing.get()) {
                        puller.sync().syncNow();
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> puller : pullers) {
                puller.get(1, TimeUnit.MINUTES);
            }
            threads.shutdown();
            pullerA.sync().syncNow();
            pullerB.sync().syncNow();
            pusher.sync().syncNow();

            Map<UUID, Long> onServer = new ServerTables(lab, org).versions("samples");
            assertThat(onServer).hasSize(WRITERS * SAMPLES_PER_WRITER + OFFLINE_SAMPLES);
            assertThat(localVersions(pullerA)).isEqualTo(onServer);
            assertThat(localVersions(pullerB)).isEqualTo(onServer);
            assertThat(localVersions(pusher)).isEqualTo(onServer);
            assertThat(pusher.problems().open()).isEmpty();
        }
    }
}
