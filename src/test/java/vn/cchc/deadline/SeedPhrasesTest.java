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
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every distinct deadline phrase found in the seed plans, with hand-derived expectations. */
class SeedPhrasesTest {

    record Row(String phrase, int planYear, DeadlineKind kind, List<LocalDate> dates, boolean recurring,
               String source) {
        @Override
        public String toString() {
            return "[" + source + "] " + phrase.replace("\n", "⏎");
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SeedPhrasesTest.class.getResourceAsStream("/deadline/seed-phrases.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<LocalDate> dates = f[3].isEmpty() ? List.of()
                        : Arrays.stream(f[3].split(",")).map(LocalDate::parse).toList();
                rows.add(new Row(f[0].replace("\\n", "\n"), Integer.parseInt(f[1]),
                        DeadlineKind.valueOf(f[2].toUpperCase()), dates, Boolean.parseBoolean(f[4]), f[5]));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void parsesSeedPhrase(Row row) {
        Deadline d = new DeadlineParser(row.planYear()).parse(row.phrase());

        assertThat(d.text()).isEqualTo(row.phrase());
        assertThat(d.kind()).isEqualTo(row.kind());
        assertThat(d.dates()).containsExactlyElementsOf(row.dates());
        assertThat(d.recurring()).isEqualTo(row.recurring());
    }

    @ParameterizedTest(name = "NFD {0}")
    @MethodSource("rows")
    void parsesTheSamePhraseInDecomposedForm(Row row) {
        String nfd = Normalizer.normalize(row.phrase(), Normalizer.Form.NFD);
        Deadline d = new DeadlineParser(row.planYear()).parse(nfd);

        assertThat(d.text()).isEqualTo(nfd);
        assertThat(d.kind()).isEqualTo(row.kind());
        assertThat(d.dates()).containsExactlyElementsOf(row.dates());
    }
}
