package lab.spectra.desktop.samples;

import java.util.UUID;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.server.testing.ServerLab;

/** Sets the scene on the server as the lab would: hand-overs, wafers and devices of a sample. */
final class SampleScene {

    private static final ServerLab LAB = SyncTestbed.get().lab;

    private SampleScene() {}

    static void handOver(ServerLab.Org org, UUID sample, String from, String to, String location, String reason) {
        ServerLab.expectApplied(LAB.run(
                new RecordCustodyEvent(LAB.meta(org.technician()), Ids.newId(), sample, from, to, location, reason),
                org.technician()));
    }

    static UUID wafer(ServerLab.Org org, UUID sample, String label, Double diameterMm) {
        CreateWafer create = new CreateWafer(LAB.meta(org.engineer()), Ids.newId(), sample, label, diameterMm);
        ServerLab.expectApplied(LAB.run(create, org.engineer()));
        return create.waferId();
    }

    static void device(ServerLab.Org org, UUID wafer, String name, String type) {
        ServerLab.expectApplied(
                LAB.run(new CreateDevice(LAB.meta(org.engineer()), Ids.newId(), wafer, name, type), org.engineer()));
    }
}
