package vn.cchc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrase classes of issue 14 (careful-phrases.tsv), each row read as written and with the damage real
 * conversions and keyboards produce: NFD, no diacritics (issue 18), lower case, non-breaking spaces, a stray line
 * break. Every variant must read exactly like the original.
 */
class CarefulPhrasesTest {

    record Row(String phrase, int planYear, DeadlineKind kind, List<LocalDate> dates, boolean recurring, String rule,
               List<Doubt> doubts, String source) {
        @Override
        public String toString() {
            return "[" + source + "] " + phrase.replace("\n", "⏎");
        }
    }

    record Variant(String name, UnaryOperator<String> damage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("as written", s -> s),
            new Variant("NFD", s -> Normalizer.normalize(s, Normalizer.Form.NFD)),
            new Variant("no diacritics", CarefulPhrasesTest::withoutDiacritics),
            new Variant("lower case", s -> s.toLowerCase(Locale.ROOT)),
            new Variant("non-breaking spaces", s -> s.replace(' ', '\u00A0')),
            new Variant("stray line break", s -> s.replaceFirst(" ", "\n")));

    static String withoutDiacritics(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").replace('đ', 'd')
                .replace('Đ', 'D');
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CarefulPhrasesTest.class.getResourceAsStream("/deadline/careful-phrases.tsv")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<LocalDate> dates = f[3].isEmpty() ? List.of()
                        : Arrays.stream(f[3].split(",")).map(LocalDate::parse).toList();
                List<Doubt> doubts = f[6].isEmpty() ? List.of()
                        : Arrays.stream(f[6].split(",")).map(d -> Doubt.valueOf(d.trim().toUpperCase(Locale.ROOT)))
                        .sorted().toList();
                rows.add(new Row(f[0].replace("\\n", "\n"), Integer.parseInt(f[1]),
                        DeadlineKind.valueOf(f[2].toUpperCase(Locale.ROOT)), dates, Boolean.parseBoolean(f[4]), f[5],
                        doubts, f[7]));
            }
        }
        return rows;
    }

    static Stream<Arguments> cases() throws IOException {
        return rows().stream().flatMap(row -> VARIANTS.stream().map(v -> Arguments.of(row, v)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("cases")
    void readsAsACarefulOfficialDoes(Row row, Variant variant) {
        String phrase = variant.damage().apply(row.phrase());
        Deadline d = new DeadlineParser(row.planYear()).parse(phrase);

        assertThat(d.text()).isEqualTo(phrase);
        assertThat(d.kind()).isEqualTo(row.kind());
        assertThat(d.dates()).containsExactlyElementsOf(row.dates());
        assertThat(d.recurring()).isEqualTo(row.recurring());
        assertThat(d.rule() == null ? "" : ruleText(d.rule())).isEqualTo(row.rule());
        assertThat(d.doubts()).containsExactlyElementsOf(row.doubts());
    }

    static String ruleText(RecurrenceRule rule) {
        String day = rule.day() == RecurrenceRule.LAST ? "last" : String.valueOf(rule.day());
        if (rule.period() == RecurrenceRule.Period.MONTH) {
            return "month/" + day;
        }
        return rule.period().jsonName() + "/" + day + "/"
                + (rule.month() == RecurrenceRule.LAST ? "last" : String.valueOf(rule.month()));
    }
}
