package lab.spectra.server.http;

import java.lang.reflect.Type;
import java.util.List;

/**
 * For the OpenAPI document: an answer streamed as newline-delimited JSON, each line one of
 * {@code lines}; {@code json} is the route's plain JSON answer when it also has one (chosen by
 * {@code Accept}), or null.
 */
public record StreamedLines(Type json, List<Class<?>> lines) implements Type {

    public StreamedLines {
        lines = List.copyOf(lines);
    }
}
