package lab.spectra.model.sample;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.DomainState;

/**
 * Wafers and devices as commands may use them: not deleted themselves, and not parts of a deleted
 * sample. A deleted sample keeps its wafers and devices as they were (ADR 0028), so nothing new
 * may be made on them nor anything changed.
 */
final class LiveParts {

    private LiveParts() {}

    static Optional<Wafer> wafer(DomainState state, UUID waferId) {
        return state.wafer(waferId).filter(wafer -> wafer.deletedAt() == null).filter(wafer -> state.sample(
                        wafer.sampleId())
                .filter(sample -> !sample.deleted())
                .isPresent());
    }

    static Optional<Device> device(DomainState state, UUID deviceId) {
        return state.device(deviceId)
                .filter(device -> device.deletedAt() == null)
                .filter(device -> wafer(state, device.waferId()).isPresent());
    }
}
