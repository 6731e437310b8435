package lab.spectra.server.http;

/** Every error the API returns: {@code {"code": "calibration_expired", "message": "..."}}. */
public record ErrorBody(String code, String message) {}
