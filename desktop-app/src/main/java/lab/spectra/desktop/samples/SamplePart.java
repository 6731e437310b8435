package lab.spectra.desktop.samples;

import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Wafer;

/**
 * One line of the wafers-and-devices tree: a wafer ({@code device} is null) or a device on it.
 * A device line carries its wafer, so choosing a device also chooses where a new device goes.
 */
public record SamplePart(Wafer wafer, Device device) {

    public static SamplePart of(Wafer wafer) {
        return new SamplePart(wafer, null);
    }

    public boolean isDevice() {
        return device != null;
    }

    public String label() {
        if (device != null) {
            return device.deviceType() == null ? device.name() : device.name() + " · " + device.deviceType();
        }
        if (wafer == null) {
            return "";
        }
        return wafer.diameterMm() == null
                ? "Wafer " + wafer.label()
                : "Wafer " + wafer.label() + " (" + formatMillimetres(wafer.diameterMm()) + " mm)";
    }

    private static String formatMillimetres(double millimetres) {
        return millimetres == Math.rint(millimetres) ? String.valueOf((long) millimetres) : String.valueOf(millimetres);
    }
}
