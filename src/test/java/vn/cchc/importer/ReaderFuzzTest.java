package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Mutated seed plans and generated DOCX/XLSX through the whole importer, with fixed random seeds. For every input:
 * the only exception is the importer's own refusal ({@link ImportException}, a Vietnamese sentence), the read ends
 * (a generous hang guard, not a timing assertion), and no row is dropped silently: a mutation that keeps every
 * row gives as many items as the original; a truncated file is refused or gives a prefix of the original's items.
 */
class ReaderFuzzTest {

    private static final Duration GUARD = Duration.ofSeconds(20);
    private static final Set<String> HOSTILE = Set.of("importer.reader.spanTooWide", "importer.reader.tooManyCells",
            "importer.reader.tooManyRows", "importer.reader.tooManyMerges", "importer.reader.cellTooLong",
            "importer.reader.unpackedTooLarge", "importer.reader.nestedTooDeep", "importer.reader.columnTooFar");

    private final AppendixImporter importer = Seeds.importer();

    /** The importer's answer: items, or its refusal; any other exception fails the test. */
    private record Outcome(ImportResult result, ImportException refusal) {
    }

    private Outcome run(byte[] bytes, String name) {
        return assertTimeoutPreemptively(GUARD, () -> {
            try {
                return new Outcome(importer.importBytes(bytes, name, 2024), null);
            } catch (ImportException e) {
                assertThat(e.getMessage()).as("refusal of %s", name).isNotBlank()
                        .doesNotContain("null").matches("(?s).*[àáảãạăâđêôơưệộớờởợừứửựữ].*");
                return new Outcome(null, e);
            }
        }, () -> "hang on " + name);
    }

    private static List<String> taskTexts(ImportResult result) {
        return result.items().stream().map(i -> i.sourceRow() + "|" + i.stt() + "|" + i.task()).toList();
    }

    // ---- seed plans (text) --------------------------------------------------------------------------------

    @Test
    void seedsWithFlippedBytesAreReadOrRefused() throws IOException {
        Random random = new Random(20240101L);
        for (String seed : List.of("000", "001", "002", "003")) {
            byte[] original = Files.readAllBytes(Seeds.seed(seed));
            for (int n = 0; n < 6; n++) {
                byte[] mutated = original.clone();
                for (int k = 0, flips = 1 + random.nextInt(20); k < flips; k++) {
                    mutated[random.nextInt(mutated.length)] ^= (byte) (1 + random.nextInt(255));
                }
                run(mutated, seed + ".txt");
            }
        }
    }

    @Test
    void truncatedSeedsAreRefusedOrAPrefix() throws IOException {
        Random random = new Random(7L);
        for (String seed : List.of("000", "001", "003")) {
            byte[] original = Files.readAllBytes(Seeds.seed(seed));
            List<String> whole = taskTexts(run(original, seed + ".txt").result());
            for (int n = 0; n < 5; n++) {
                int cut = random.nextInt(original.length);
                // cut on a character boundary: a cut inside a UTF-8 sequence is a binary file, refused anyway
                String text = new String(Arrays.copyOf(original, cut), StandardCharsets.UTF_8).replace("\uFFFD", "");
                Outcome outcome = run(text.getBytes(StandardCharsets.UTF_8), seed + ".txt");
                if (outcome.result() != null) {
                    assertPrefix(taskTexts(outcome.result()), whole, seed + " cut at " + cut);
                }
            }
        }
    }

    @Test
    void rowPreservingChangesToSeedsKeepEveryItem() throws IOException {
        Random random = new Random(42L);
        for (String seed : List.of("000", "001", "003")) {
            String original = Files.readString(Seeds.seed(seed));
            int items = run(bytes(original), seed + ".txt").result().items().size();
            List<UnaryOperator<String>> mutations = List.of(
                    t -> t.replace("\n", "\r\n"),
                    t -> "\uFEFF" + t,
                    t -> t.replace("\n", " \n"),
                    t -> t.replaceAll("(?m)^(\\d+\\.\\t[^\\t\\n]+)", "$1 " + "dài ".repeat(1_000)),
                    t -> t.replaceAll("(?m)^(\\d+\\.\\t.*)$", "$1" + "\t".repeat(1 + random.nextInt(400))));
            for (int m = 0; m < mutations.size(); m++) {
                Outcome outcome = run(bytes(mutations.get(m).apply(original)), seed + ".txt");
                assertThat(outcome.refusal()).as("seed %s mutation %d", seed, m).isNull();
                assertThat(outcome.result().items()).as("seed %s mutation %d", seed, m).hasSize(items);
            }
        }
    }

    @Test
    void hostileChunksInSeedsAreRefusedByTheLimits() throws IOException {
        Random random = new Random(99L);
        String original = Files.readString(Seeds.seed("000"));
        String[] lines = original.split("\n", -1);
        List<String> chunks = List.of("1.\t" + "x\t".repeat(300) + "y", "1.\tdài" + "x".repeat(40_000),
                (HostileFiles.seedTable().get(5) + "\n").repeat(10_001));
        for (String chunk : chunks) {
            int at = lines.length / 2 + random.nextInt(lines.length / 2);
            List<String> mutated = new ArrayList<>(Arrays.asList(lines));
            mutated.add(at, chunk);
            Outcome outcome = run(bytes(String.join("\n", mutated)), "000.txt");
            assertThat(outcome.refusal()).isNotNull();
            assertThat(outcome.refusal().key()).isIn(HOSTILE);
        }
    }

    // ---- generated DOCX -----------------------------------------------------------------------------------

    @Test
    void docxMutations() {
        byte[] docx = HostileFiles.docx(HostileFiles.seedTable());
        List<String> whole = taskTexts(run(docx, "f.docx").result());
        assertThat(whole).hasSize(HostileFiles.seedTable().size() - 1);
        Random random = new Random(2024L);

        flipsAndCuts(docx, "f.docx", whole, random);

        // spans: huge ones refused, small ones on the last cell of a row keep every row
        assertRefused(rewrite(docx, "word/document.xml", xml -> onRandomCell(xml, random, true,
                "<w:tcPr><w:gridSpan w:val=\"" + (201 + random.nextInt(Integer.MAX_VALUE - 201)) + "\"/></w:tcPr>")),
                "f.docx", "importer.reader.spanTooWide");
        assertThat(run(rewrite(docx, "word/document.xml", xml -> lastCellsSpan(xml, 3)), "f.docx").result().items())
                .hasSize(whole.size());
        // a vertical merge copies the cell above into a coordinators cell: no row lost
        assertThat(run(rewrite(docx, "word/document.xml", xml -> onNthCell(xml, 3 + 6 * (2 + random.nextInt(40)),
                "<w:tcPr><w:vMerge/></w:tcPr>")), "f.docx").result().items()).hasSize(whole.size());
        // nesting: shallow tables in a cell are read, a deep pile is refused
        assertThat(run(rewrite(docx, "word/document.xml", xml -> nestInProduct(xml, random, 4)), "f.docx")
                .result().items()).hasSize(whole.size());
        assertRefused(rewrite(docx, "word/document.xml", xml -> nestInProduct(xml, random, 120)), "f.docx",
                "importer.reader.nestedTooDeep");
        // many columns, long cells
        assertRefused(rewrite(docx, "word/document.xml", xml -> xml.replaceFirst("</w:tr>",
                Matcher.quoteReplacement(HostileFiles.tc("").repeat(250)) + "</w:tr>")), "f.docx",
                "importer.reader.tooManyCells");
        assertRefused(rewrite(docx, "word/document.xml", xml -> onRandomCell(xml, random, false,
                "<w:p><w:r><w:t>" + "x".repeat(40_000) + "</w:t></w:r></w:p>")), "f.docx",
                "importer.reader.cellTooLong");
        // a zip bomb beside the document
        assertRefused(withEntry(docx, "word/media/pad.bin", 65 << 20), "f.docx", "importer.reader.unpackedTooLarge");
    }

    // ---- generated XLSX -----------------------------------------------------------------------------------

    @Test
    void xlsxMutations() {
        byte[] xlsx = HostileFiles.xlsx(HostileFiles.seedTable());
        List<String> whole = taskTexts(run(xlsx, "f.xlsx").result());
        assertThat(whole).hasSize(HostileFiles.seedTable().size() - 1);
        Random random = new Random(31L);
        String sheet = "xl/worksheets/sheet1.xml";

        flipsAndCuts(xlsx, "f.xlsx", whole, random);

        // merges: vertical ones over the coordinators column keep every row, 10,001 are refused
        assertThat(run(rewrite(xlsx, sheet, xml -> withMerges(xml, "<mergeCell ref=\"D5:D9\"/><mergeCell ref=\"D20:D21\"/>")),
                "f.xlsx").result().items()).hasSize(whole.size());
        StringBuilder many = new StringBuilder();
        for (int m = 0; m < 10_001; m++) {
            many.append("<mergeCell ref=\"K").append(2 * m + 1).append(":L").append(2 * m + 2).append("\"/>");
        }
        assertRefused(rewrite(xlsx, sheet, xml -> withMerges(xml, many.toString())), "f.xlsx",
                "importer.reader.tooManyMerges");
        // a far column: data refused, an empty cell ignored
        assertRefused(rewrite(xlsx, sheet, xml -> xml.replaceFirst("</row>",
                "<c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")), "f.xlsx", "importer.reader.columnTooFar");
        assertThat(run(rewrite(xlsx, sheet, xml -> xml.replaceFirst("</row>", "<c r=\"XFD1\"/></row>")), "f.xlsx")
                .result().items()).hasSize(whole.size());
        // rows beyond the limit, a zip bomb
        assertRefused(rewrite(xlsx, sheet, xml -> xml.replace("</sheetData>",
                "<row/>".repeat(10_001) + "</sheetData>")), "f.xlsx", "importer.reader.tooManyRows");
        assertRefused(withEntry(xlsx, "xl/media/pad.bin", 65 << 20), "f.xlsx", "importer.reader.unpackedTooLarge");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Flipped bytes: refused, or every row (a flip in a part nobody reads); cuts: refused, or a prefix. */
    private void flipsAndCuts(byte[] file, String name, List<String> whole, Random random) {
        for (int n = 0; n < 6; n++) {
            byte[] mutated = file.clone();
            for (int k = 0, flips = 1 + random.nextInt(4); k < flips; k++) {
                mutated[random.nextInt(mutated.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Outcome outcome = run(mutated, name);
            if (outcome.result() != null) {
                assertThat(outcome.result().items()).as("%s flip %d", name, n).hasSize(whole.size());
            }
        }
        for (int n = 0; n < 3; n++) {
            int cut = 1 + random.nextInt(file.length - 1);
            Outcome outcome = run(Arrays.copyOf(file, cut), name);
            if (outcome.result() != null) {
                assertPrefix(taskTexts(outcome.result()), whole, name + " cut at " + cut);
            }
        }
    }

    private void assertRefused(byte[] file, String name, String key) {
        Outcome outcome = run(file, name);
        assertThat(outcome.refusal()).as("refusal %s", key).isNotNull();
        assertThat(outcome.refusal().key()).isEqualTo(key);
    }

    /** Every item but the last two (the cut row, and the row it may continue) is the original's, in order. */
    private static void assertPrefix(List<String> items, List<String> whole, String what) {
        assertThat(items.size()).as(what).isLessThanOrEqualTo(whole.size());
        int sure = Math.max(0, items.size() - 2);
        assertThat(items.subList(0, sure)).as(what).isEqualTo(whole.subList(0, sure));
    }

    private static final Pattern CELL = Pattern.compile("<w:tc>");

    /** Inserts {@code xml} right after the n-th {@code <w:tc>} of the document. */
    private static String onNthCell(String document, int n, String xml) {
        Matcher m = CELL.matcher(document);
        for (int i = 0; i <= n; i++) {
            if (!m.find()) {
                throw new IllegalStateException("no cell " + n);
            }
        }
        return document.substring(0, m.end()) + xml + document.substring(m.end());
    }

    /** Inserts {@code xml} into a random task-row cell (after the header): as cell properties or as content. */
    private static String onRandomCell(String document, Random random, boolean properties, String xml) {
        int cell = 6 + random.nextInt(6 * 30);
        if (properties) {
            return onNthCell(document, cell, xml);
        }
        String marked = onNthCell(document, cell, "\u0000");
        int at = marked.indexOf('\u0000');
        int end = marked.indexOf("</w:tc>", at);
        return marked.substring(0, at) + marked.substring(at + 1, end) + xml + marked.substring(end);
    }

    /** The product cell (5th) of a random row holds tables nested {@code depth} deep. */
    private static String nestInProduct(String document, Random random, int depth) {
        String inner = "<w:p><w:r><w:t>lồng</w:t></w:r></w:p>";
        for (int i = 0; i < depth; i++) {
            inner = "<w:tbl><w:tr><w:tc>" + inner + "</w:tc></w:tr></w:tbl><w:p/>";
        }
        return onRandomCellContent(document, 6 * (1 + random.nextInt(40)) + 4, inner);
    }

    private static String onRandomCellContent(String document, int cell, String xml) {
        String marked = onNthCell(document, cell, "\u0000");
        int at = marked.indexOf('\u0000');
        int end = marked.indexOf("</w:tc>", at);
        return marked.substring(0, at) + marked.substring(at + 1, end) + xml + marked.substring(end);
    }

    /** The last cell of every row spans {@code span} columns (trailing grid columns, nothing moves). */
    private static String lastCellsSpan(String document, int span) {
        return document.replaceAll("<w:tc>((?:(?!<w:tc>).)*?</w:tc></w:tr>)",
                "<w:tc><w:tcPr><w:gridSpan w:val=\"" + span + "\"/></w:tcPr>$1");
    }

    private static String withMerges(String sheet, String mergeCells) {
        return sheet.contains("<mergeCells") ? sheet.replace("</mergeCells>", mergeCells + "</mergeCells>")
                : sheet.replace("</sheetData>", "</sheetData><mergeCells>" + mergeCells + "</mergeCells>");
    }

    /** The package with one entry's text rewritten. */
    private static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) {
        return copy(zip, (name, content, out) -> {
            out.putNextEntry(new ZipEntry(name));
            out.write(name.equals(entry) ? change.apply(new String(content, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8) : content);
            out.closeEntry();
        }, null, 0);
    }

    /** The package plus an entry of {@code size} zero bytes (a few hundred kilobytes once deflated). */
    private static byte[] withEntry(byte[] zip, String entry, int size) {
        return copy(zip, (name, content, out) -> {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }, entry, size);
    }

    private interface EntryCopy {
        void copy(String name, byte[] content, ZipOutputStream out) throws IOException;
    }

    private static byte[] copy(byte[] zip, EntryCopy each, String extra, int extraSize) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                each.copy(e.getName(), in.readAllBytes(), out);
            }
            if (extra != null) {
                out.putNextEntry(new ZipEntry(extra));
                byte[] zeros = new byte[1 << 20];
                for (int written = 0; written < extraSize; written += zeros.length) {
                    out.write(zeros, 0, Math.min(zeros.length, extraSize - written));
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
