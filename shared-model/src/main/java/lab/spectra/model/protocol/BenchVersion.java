package lab.spectra.model.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A release of the bench app as the build numbers it ({@code 1.4.0}, {@code 1.4.0-SNAPSHOT}),
 * ordered as releases follow each other: part by part as numbers ({@code 1.10} comes after
 * {@code 1.9}), a missing part counting as zero ({@code 1.4} is {@code 1.4.0}), and a snapshot
 * before the release it leads to. A bench offers the lab's announced release only when it is newer
 * than itself (issue 22).
 *
 * @param numbers  the release's parts, without the trailing zeros that change nothing
 * @param snapshot whether this is a build on the way to that release
 */
public record BenchVersion(List<Integer> numbers, boolean snapshot) implements Comparable<BenchVersion> {

    private static final String SNAPSHOT = "-SNAPSHOT";
    /** Up to nine digits a part, so every part is an int. */
    private static final Pattern RELEASE = Pattern.compile("\\d{1,9}(\\.\\d{1,9})*");

    public BenchVersion {
        if (numbers.isEmpty() || numbers.stream().anyMatch(part -> part < 0)) {
            throw new IllegalArgumentException("A bench version has one or more parts, none negative: " + numbers);
        }
        // "1.4" and "1.4.0" are one release: equal, as they compare.
        List<Integer> significant = new ArrayList<>(numbers);
        while (significant.size() > 1 && significant.get(significant.size() - 1) == 0) {
            significant.remove(significant.size() - 1);
        }
        numbers = List.copyOf(significant);
    }

    /**
     * The version {@code text} names; empty for anything else, e.g. a build whose version was never
     * filled in ({@code ${project.version}}) or a qualifier this ordering does not know ({@code -rc1}).
     */
    public static Optional<BenchVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String release = text.strip();
        boolean snapshot = release.endsWith(SNAPSHOT);
        if (snapshot) {
            release = release.substring(0, release.length() - SNAPSHOT.length());
        }
        if (!RELEASE.matcher(release).matches()) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : release.split("\\.")) {
            parts.add(Integer.parseInt(part));
        }
        return Optional.of(new BenchVersion(parts, snapshot));
    }

    public boolean isNewerThan(BenchVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(BenchVersion other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int byPart = Integer.compare(part(i), other.part(i));
            if (byPart != 0) {
                return byPart;
            }
        }
        // The same numbers: the snapshot is the build before the release.
        return Boolean.compare(other.snapshot, snapshot);
    }

    private int part(int index) {
        return index < numbers.size() ? numbers.get(index) : 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Integer part : numbers) {
            text.append(text.length() == 0 ? "" : ".").append(part);
        }
        return snapshot ? text + SNAPSHOT : text.toString();
    }
}
