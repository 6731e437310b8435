package lab.spectra.model.sample;

public enum SampleStatus {
    RECEIVED,
    AVAILABLE,
    IN_USE,
    ON_HOLD,
    CONSUMED,
    DISPOSED
}
