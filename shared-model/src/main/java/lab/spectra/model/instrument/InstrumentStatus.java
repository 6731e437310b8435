package lab.spectra.model.instrument;

public enum InstrumentStatus {
    IN_SERVICE,
    OUT_OF_SERVICE,
    RETIRED
}
