package vn.cchc.documents.format;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders documents the way a reader sees them: LibreOffice headless converts every file of a batch to PDF in one
 * call (a private user profile per run), poppler reads each PDF's page sizes and words with their positions, and
 * the pages are kept as PNG under {@code target/rendered/<batch>/} for a person to look at. Tests call
 * {@link #assumeAvailable()} first: without LibreOffice and poppler-utils (.ci/install-libreoffice.sh) they are
 * skipped with a notice.
 */
public final class OfficeRendering {

    /** A word as printed: its text, page (1-based), and box in points from the page's top left. */
    public record Word(String text, int page, double xMin, double yMin, double xMax, double yMax) {
    }

    /** A rendered document: page sizes in points, the words in reading order, the fonts embedded, the PNG pages. */
    public record Rendered(Path pdf, List<double[]> pages, List<Word> words, List<String> fonts, List<Path> png) {

        public String text() {
            StringBuilder b = new StringBuilder();
            words.forEach(w -> b.append(w.text()).append(' '));
            return b.toString();
        }

        public boolean allA4() {
            return pages.stream().allMatch(p -> {
                double w = Math.min(p[0], p[1]);
                double h = Math.max(p[0], p[1]);
                return Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2;
            });
        }

        /** True when the words of {@code phrase} are printed, consecutively, each whole (never broken). */
        public boolean printsWhole(String phrase) {
            return linesOf(phrase) > 0;
        }

        /**
         * On how many lines {@code phrase} is printed, 0 when it is not printed whole. Its words are followed as a
         * reader does, in the geometry of the page (a spreadsheet's PDF gives the first lines of every cell of a row
         * before their second lines): each next word to the right on the same line, or at the start of the next
         * line within the same column. A word broken inside a table column is not found whole, so is not matched.
         */
        public int linesOf(String phrase) {
            String[] wanted = nfc(phrase).split("\\s+");
            for (Word first : words) {
                if (!first.text().equals(wanted[0])) {
                    continue;
                }
                List<Word> chain = new ArrayList<>(List.of(first));
                for (int k = 1; k < wanted.length; k++) {
                    Word next = next(chain, wanted[k]);
                    if (next == null) {
                        break;
                    }
                    chain.add(next);
                }
                if (chain.size() == wanted.length) {
                    return (int) chain.stream().map(w -> Math.round(w.yMin())).distinct().count();
                }
            }
            return 0;
        }

        private Word next(List<Word> chain, String text) {
            Word last = chain.get(chain.size() - 1);
            double left = chain.stream().mapToDouble(Word::xMin).min().orElse(0);
            double right = chain.stream().mapToDouble(Word::xMax).max().orElse(0);
            double lineHeight = last.yMax() - last.yMin();
            Word best = null;
            for (Word w : words) {
                if (w.page() != last.page() || !w.text().equals(text) || chain.contains(w)) {
                    continue;
                }
                boolean sameLine = Math.abs(w.yMin() - last.yMin()) < lineHeight * 0.3
                        && w.xMin() >= last.xMax() - 0.5 && w.xMin() - last.xMax() < lineHeight * 1.2;
                boolean nextLine = w.yMin() - last.yMin() > lineHeight * 0.5
                        && w.yMin() - last.yMin() < lineHeight * 1.8
                        && w.xMin() > left - 3 * lineHeight && w.xMin() < right;
                if ((sameLine || nextLine) && (best == null || w.yMin() < best.yMin()
                        || (w.yMin() == best.yMin() && w.xMin() < best.xMin()))) {
                    best = w;
                }
            }
            return best;
        }

        /**
         * The size the body text is printed at on the smallest-printed page (points): the median height of a page's
         * words over {@link #WORD_BOX_PER_POINT}, what a fit-to-page scale leaves of the font. Text in Liberation Serif.
         */
        public double bodyTextPoints() {
            double smallest = Double.MAX_VALUE;
            for (int page = 1; page <= pages.size(); page++) {
                int p = page;
                double[] heights = words.stream().filter(w -> w.page() == p).mapToDouble(w -> w.yMax() - w.yMin())
                        .sorted().toArray();
                if (heights.length > 0) {
                    smallest = Math.min(smallest, heights[heights.length / 2] / WORD_BOX_PER_POINT);
                }
            }
            return smallest;
        }

        /** The texts of the words printed on {@code page} (1-based). */
        public java.util.Set<String> wordsOn(int page) {
            return words.stream().filter(w -> w.page() == page).map(Word::text)
                    .collect(java.util.stream.Collectors.toSet());
        }

        /** The leftmost x of any word on any page (points): the left margin as printed. */
        public double leftmostX() {
            return words.stream().mapToDouble(Word::xMin).min().orElse(0);
        }
    }

    /** Height of poppler's word box per point of Liberation Serif (measured: 12 pt text gives 15.35 pt boxes). */
    public static final double WORD_BOX_PER_POINT = 1.279;

    private OfficeRendering() {
    }

    public static boolean available() {
        return executable("soffice") && executable("pdftotext") && executable("pdftoppm") && executable("pdfinfo")
                && executable("pdffonts");
    }

    public static void assumeAvailable() {
        assumeTrue(available(), "LibreOffice (soffice) or poppler-utils not installed: document rendering tests "
                + "skipped (install with .ci/install-libreoffice.sh)");
    }

    /** Converts every file (name → content) to PDF with one soffice call and reads the results. */
    public static Map<String, Rendered> render(String batch, Map<String, byte[]> files) throws Exception {
        Path dir = Paths.get("target", "rendered", batch).toAbsolutePath();
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=file:///tmp/cchc-lo-" + UUID.randomUUID(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString()));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.write(file, f.getValue());
            command.add(file.toString());
        }
        run(dir, command, 300);
        Map<String, Rendered> result = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            String base = name.substring(0, name.lastIndexOf('.'));
            Path pdf = dir.resolve(base + ".pdf");
            if (!Files.exists(pdf)) {
                throw new IllegalStateException("LibreOffice produced no PDF for " + name);
            }
            run(dir, List.of("pdftoppm", "-r", "60", "-png", pdf.toString(), dir.resolve(base).toString()), 120);
            List<Path> png;
            try (var list = Files.list(dir)) {
                png = list.filter(p -> p.getFileName().toString().startsWith(base + "-")
                        && p.toString().endsWith(".png")).sorted().toList();
            }
            result.put(name, new Rendered(pdf, pages(dir, pdf), words(dir, pdf), fonts(dir, pdf), png));
        }
        return result;
    }

    private static List<double[]> pages(Path dir, Path pdf) throws Exception {
        String info = run(dir, List.of("pdfinfo", "-f", "1", "-l", "9999", pdf.toString()), 60);
        List<double[]> pages = new ArrayList<>();
        Matcher m = Pattern.compile("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        while (m.find()) {
            pages.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return pages;
    }

    /** The fonts the PDF embeds, without the subset prefix ("LiberationSerif-Bold"). */
    private static List<String> fonts(Path dir, Path pdf) throws Exception {
        List<String> fonts = new ArrayList<>();
        String[] lines = run(dir, List.of("pdffonts", pdf.toString()), 60).split("\\R");
        for (int i = 2; i < lines.length; i++) {
            String name = lines[i].split("\\s+")[0];
            if (!name.isBlank()) {
                fonts.add(name.contains("+") ? name.substring(name.indexOf('+') + 1) : name);
            }
        }
        return fonts;
    }

    private static List<Word> words(Path dir, Path pdf) throws Exception {
        Path html = dir.resolve(pdf.getFileName().toString().replace(".pdf", ".words.html"));
        run(dir, List.of("pdftotext", "-bbox", pdf.toString(), html.toString()), 60);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        List<Word> words = new ArrayList<>();
        int page = 0;
        Pattern tag = Pattern.compile("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                + "yMax=\"([\\d.]+)\">([^<]*)</word>");
        Matcher m = tag.matcher(text);
        while (m.find()) {
            if (m.group().startsWith("<page")) {
                page++;
                continue;
            }
            words.add(new Word(nfc(unescape(m.group(5))), page, Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
        }
        return words;
    }

    private static String run(Path dir, List<String> command, int seconds) throws Exception {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in " + seconds + " s");
        }
        String out = Files.readString(log);
        Files.delete(log);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed (" + p.exitValue() + "): " + out);
        }
        return out;
    }

    private static boolean executable(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Paths.get(d, name))) {
                return true;
            }
        }
        return false;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

}
