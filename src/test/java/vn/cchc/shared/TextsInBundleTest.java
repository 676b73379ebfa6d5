package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users read Vietnamese, and the Vietnamese they read lives in {@code messages_vi.properties}, not in Java strings:
 * no string literal in {@code src/main/java} holds a Vietnamese letter, except in the classes below, whose Vietnamese
 * literals are vocabulary the code matches input against (or demo data), never a sentence shown as it is written.
 * And every key Java names literally is in the bundle, so a typo is a failing test, not a missing sentence on a page.
 */
class TextsInBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Source path prefixes (package folders or single files) allowed Vietnamese literals, each with its reason. */
    private static final Map<String, String> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("vn/cchc/deadline/",
                "the deadline-phrase parser: keywords and regexes matched against deadlines as plans write them");
        ALLOWED.put("vn/cchc/importer/CellText.java",
                "regexes of item numbers as appendices write them (a), b), đ))");
        ALLOWED.put("vn/cchc/importer/FlatCellReader.java",
                "regex of a lettered item number (đ)) in a flattened table");
        ALLOWED.put("vn/cchc/importer/web/PastedItems.java",
                "the header row given to the reader for pasted rows, and patterns over the reader's notes");
        ALLOWED.put("vn/cchc/inspection/MonthPhrase.java",
                "the month of an inspection plan line as SNV types it (\"tháng 5\")");
        ALLOWED.put("vn/cchc/plan/DemoPlans.java", "demo data: a sample plan's decision number, signer and title");
        ALLOWED.put("vn/cchc/plan/DemoStart.java", "demo data: a sample result's document number");
        ALLOWED.put("vn/cchc/plan/DemoTimeline.java", "demo data: a sample item's deadline as plans write it");
    }

    /** Where Java names a key literally: Texts/Messages.get, the refusal factories, Problem.of, Problems.add. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Texts|messages|Messages)\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]"
                    + "|InputException\\.(?:of|notFound|conflict)\\(\\s*\"([^\"]+)\""
                    + "|(?:InputException|Problem)\\.(?:with|field|of)\\((?:\"[^\"]*\"|[^\"(),]+),\\s*\"([^\"]+)\""
                    + "|\\.add\\((?:\"[^\"]*\"|[^\"(),]+),\\s*\"([a-z][A-Za-z]*\\.[^\"]+)\"");

    /** A bundle entry's key at the start of a line (continuation lines start with a space or a non-ASCII word). */
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z][\\w.-]*)=");

    @Test
    void noVietnameseLiteralOutsideTheAllowList() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (ALLOWED.keySet().stream().anyMatch(relative::startsWith)) {
                continue;
            }
            for (Literal literal : literals(Files.readString(file))) {
                if (vietnamese(literal.text())) {
                    found.add(relative + ":" + literal.line() + ": " + literal.text());
                }
            }
        }
        assertThat(found).as("Vietnamese text in Java string literals: move it to messages_vi.properties").isEmpty();
    }

    @Test
    void everyAllowedPathExists() {
        assertThat(ALLOWED.keySet()).allSatisfy(path -> assertThat(SOURCES.resolve(path)).exists());
    }

    @Test
    void theScannerSeesLiteralsButNotComments() {
        String source = """
                // "Chưa nhập" in a comment
                /** "Không tìm thấy" in Javadoc */
                class X { String a = "Dòng " + 1; char c = '"'; String b = "plain \\" đ"; }
                """;
        List<String> texts = literals(source).stream().map(Literal::text).toList();
        assertThat(texts).containsExactly("\"Dòng \"", "\"plain \\\" đ\"");
        assertThat(texts).allMatch(TextsInBundleTest::vietnamese);
        assertThat(vietnamese("\"STT, Tasklist — 8–30\"")).isFalse();
    }

    @Test
    void everyKeyNamedInJavaIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages_vi.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_USE.matcher(Files.readString(file));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null && !m.group(g).endsWith(".")) {
                        used.add(m.group(g));
                    }
                }
            }
        }
        assertThat(used).as("keys named in Java").hasSizeGreaterThan(100);
        assertThat(used.stream().filter(key -> !bundle.containsKey(key)).toList())
                .as("keys named in Java but missing from messages_vi.properties").isEmpty();
    }

    @Test
    void everyReportTextNamedInJavaIsInTheReportBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/templates/reporting/province-report.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern use = Pattern.compile("ReportLabels\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
        TreeSet<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            use.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
        }
        assertThat(used).as("report texts named in Java").contains("par.file.xlsx", "yearEnd.file.carryOver.xlsx");
        assertThat(used.stream().filter(key -> !bundle.containsKey(key)).toList())
                .as("keys named in Java but missing from province-report.properties").isEmpty();
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // Properties keeps the last of two equal keys: a second entry silently changes the first one's sentence
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/messages_vi.properties"))) {
            Matcher m = ENTRY.matcher(line);
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).as("keys of messages_vi.properties").doesNotHaveDuplicates();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** A letter with a Vietnamese diacritic: đ, or a vowel with a breve, circumflex, horn or tone mark. */
    static boolean vietnamese(String text) {
        for (char c : text.toCharArray()) {
            if (c == 'đ' || c == 'Đ') {
                return true;
            }
            if (c > 0x7f && Character.isLetter(c)) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (decomposed.chars().anyMatch(m -> m == 0x300 || m == 0x301 || m == 0x302 || m == 0x303
                        || m == 0x306 || m == 0x309 || m == 0x31b || m == 0x323)) {
                    return true;
                }
            }
        }
        return false;
    }

    record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a Java source, with their line; comments and char literals skipped. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2) + 2;
                line += count(src.substring(i, end));
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (!src.startsWith("\"\"\"", end) || src.charAt(end - 1) == '\\') {
                    end++;
                }
                String text = src.substring(i, end + 3);
                out.add(new Literal(line, text));
                line += count(text);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (src.charAt(end) != c) {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(new Literal(line, src.substring(i, end + 1)));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String text) {
        return (int) text.chars().filter(ch -> ch == '\n').count();
    }
}
