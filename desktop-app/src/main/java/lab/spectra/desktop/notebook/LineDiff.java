package lab.spectra.desktop.notebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line-based diff of two texts, from their longest common subsequence of lines: what a reader
 * needs to see what an edit changed. Quadratic in the number of lines, which is fine for
 * notebook entries (a few thousand lines at most).
 */
public final class LineDiff {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    /** One line of the diff: unchanged, only in the newer text, or only in the older one. */
    public record Line(Kind kind, String text) {

        /** The line as a unified diff prints it: two spaces, "+ " or "- " in front. */
        public String marked() {
            return switch (kind) {
                case SAME -> "  " + text;
                case ADDED -> "+ " + text;
                case REMOVED -> "- " + text;
            };
        }
    }

    private LineDiff() {}

    /** The lines of {@code older} and {@code newer} in order, removals before additions where they differ. */
    public static List<Line> between(String older, String newer) {
        List<String> a = lines(older);
        List<String> b = lines(newer);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new Line(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                diff.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            diff.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            diff.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return diff;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        return List.of(text.split("\r?\n", -1));
    }
}
