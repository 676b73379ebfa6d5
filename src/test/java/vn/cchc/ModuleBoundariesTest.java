package vn.cchc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code deadline} and {@code agency} are leaves: they import nothing of the other feature packages. */
class ModuleBoundariesTest {

    @ParameterizedTest
    @ValueSource(strings = {"deadline", "agency"})
    void leafPackagesImportNoOtherFeature(String leaf) throws IOException {
        Path dir = Path.of("src/main/java/vn/cchc", leaf);
        List<String> offending;
        try (Stream<Path> files = Files.walk(dir)) {
            offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(ModuleBoundariesTest::lines)
                    .filter(line -> line.startsWith("import vn.cchc.") && !line.startsWith("import vn.cchc." + leaf))
                    .toList();
        }
        assertThat(Files.isDirectory(dir)).isTrue();
        assertThat(offending).as("imports from other features in %s", leaf).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
