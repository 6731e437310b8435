package lab.spectra.desktop.samples;

import java.util.List;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.sample.Sample;

/** One sample as its details pane shows it: the row, its wafers with their devices, its hand-overs oldest first. */
public record SampleDetails(Sample sample, List<WaferDevices> wafers, List<CustodyEvent> custody) {

    public SampleDetails {
        wafers = List.copyOf(wafers);
        custody = List.copyOf(custody);
    }
}
