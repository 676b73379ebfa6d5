package vn.cchc.documents.format;

import java.util.List;

/**
 * Column widths fitted to content: every column gets at least its longest word (so no word breaks inside it), and
 * the room left is shared in proportion to how much more each column's longest cell would like, so long names
 * wrap onto few lines while number columns stay narrow.
 */
public final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * @param minimum   per column, the width below which a word breaks (points)
     * @param preferred per column, the width that holds its longest cell on one line (points, ≥ minimum)
     * @param available the width of the table (points)
     * @return the widths, adding up to {@code available}
     */
    public static double[] fit(double[] minimum, double[] preferred, double available) {
        int n = minimum.length;
        double[] widths = new double[n];
        double minSum = 0;
        double prefSum = 0;
        for (int i = 0; i < n; i++) {
            minSum += minimum[i];
            prefSum += Math.max(preferred[i], minimum[i]);
        }
        if (minSum >= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = minimum[i] * available / minSum;
            }
            return widths;
        }
        if (prefSum <= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(preferred[i], minimum[i]) * available / prefSum;
            }
            return widths;
        }
        double room = available - minSum;
        double wanted = prefSum - minSum;
        for (int i = 0; i < n; i++) {
            widths[i] = minimum[i] + room * (Math.max(preferred[i], minimum[i]) - minimum[i]) / wanted;
        }
        return widths;
    }

    /** Minimum and preferred widths of each column of {@code rows} (first rows may be headings, set bold). */
    static double[][] measure(List<List<String>> rows, int headingRows, double size, double padding) {
        int n = rows.get(0).size();
        double[] min = new double[n];
        double[] pref = new double[n];
        for (int r = 0; r < rows.size(); r++) {
            boolean bold = r < headingRows;
            List<String> row = rows.get(r);
            for (int c = 0; c < n && c < row.size(); c++) {
                String text = row.get(c) == null ? "" : row.get(c);
                for (String line : text.split("\n")) {
                    min[c] = Math.max(min[c], TextWidth.longestWord(line, size, bold) + padding);
                    // headings may wrap freely: they should not make a number column wide
                    double whole = TextWidth.points(line, size, bold) + padding;
                    pref[c] = Math.max(pref[c], bold ? Math.min(whole, min[c] * 1.6) : whole);
                }
            }
        }
        return new double[][] {min, pref};
    }
}
