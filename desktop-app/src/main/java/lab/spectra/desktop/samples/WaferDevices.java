package lab.spectra.desktop.samples;

import java.util.List;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Wafer;

/** A wafer of the selected sample with the devices on it, in name order. */
public record WaferDevices(Wafer wafer, List<Device> devices) {

    public WaferDevices {
        devices = List.copyOf(devices);
    }
}
