package vn.cchc.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void provinceFileHasTheIdsTheProcessesUseAndEightDistricts() {
        AgencyDirectory directory = AgencyDirectory.load(Path.of("config/agencies/vinh-long.yml"));

        assertThat(directory.byId("so-noi-vu")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Sở Nội vụ");
            assertThat(a.agencyClass()).isEqualTo(AgencyClass.PROVINCIAL);
            assertThat(a.aliases()).contains("Cơ quan thường trực BCĐ CCHC tỉnh");
        });
        assertThat(directory.byId("van-phong-ubnd")).isPresent();
        assertThat(directory.byId("so-tu-phap")).isPresent();
        assertThat(directory.byId("ubnd-tinh")).isPresent();
        assertThat(directory.ofClass(AgencyClass.DISTRICT)).hasSize(8);
        assertThat(directory.ofClass(AgencyClass.COMMUNE)).hasSizeBetween(5, 8);
        assertThat(directory.all()).allSatisfy(a -> {
            assertThat(a.id()).matches("[a-z0-9-]+");
            assertThat(a.email()).contains("@");
            assertThat(a.head()).isNotBlank();
            if (a.parent() != null) {
                assertThat(directory.byId(a.parent())).as("parent of " + a.id()).isPresent();
            }
        });
    }

    @Test
    void folderLoadsEveryYamlFile() throws IOException {
        write("a.yml", entry("so-a", "Sở A", "cap-so"));
        write("b.yml", entry("ubnd-b", "UBND huyện B", "cap-huyen"));
        Files.writeString(dir.resolve("notes.txt"), "not yaml: [");

        AgencyDirectory directory = AgencyDirectory.load(dir);

        assertThat(directory.all()).extracting(Agency::id).containsExactly("so-a", "ubnd-b");
    }

    @Test
    void missingFieldNamesFileAndEntry() throws IOException {
        Path file = write("x.yml", entry("so-a", "Sở A", "cap-so") + "  - id: so-b\n    class: cap-so\n"
                + "    email: b@x.vn\n    head: GĐ\n");

        assertThatThrownBy(() -> AgencyDirectory.load(file))
                .isInstanceOf(AgencyDirectoryException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("mục thứ 2 (so-b)")
                .hasMessageContaining("thiếu trường 'name'");
    }

    @Test
    void badSlugAndBadClassAreRefused() throws IOException {
        Path slug = write("s.yml", entry("Sở-A", "Sở A", "cap-so"));
        Path klass = write("k.yml", entry("so-a", "Sở A", "cap-tinh"));

        assertThatThrownBy(() -> AgencyDirectory.load(slug)).hasMessageContaining("chữ thường không dấu");
        assertThatThrownBy(() -> AgencyDirectory.load(klass)).hasMessageContaining("lớp 'cap-tinh' không hợp lệ");
    }

    @Test
    void brokenYamlIsReportedWithTheFile() throws IOException {
        Path file = write("bad.yml", "agencies:\n  - id: [unclosed\n");

        assertThatThrownBy(() -> AgencyDirectory.load(file)).hasMessageContaining("bad.yml")
                .hasMessageContaining("YAML");
    }

    @Test
    void duplicateIdsAcrossFilesAreRefused() throws IOException {
        write("a.yml", entry("so-a", "Sở A", "cap-so"));
        write("b.yml", entry("so-a", "Sở A khác", "cap-so"));

        assertThatThrownBy(() -> AgencyDirectory.load(dir)).hasMessageContaining("trùng: 'so-a'");
    }

    @Test
    void aliasUsedByTwoAgenciesIsRefusedEvenWithDifferentAccents() throws IOException {
        Path file = write("a.yml", entry("so-a", "Sở Tư pháp", "cap-so") + entry("so-b", "Sở B", "cap-so")
                .replace("agencies:\n", "").replace("aliases: []", "aliases: [SO TU PHAP]"));

        assertThatThrownBy(() -> AgencyDirectory.load(file)).hasMessageContaining("SO TU PHAP")
                .hasMessageContaining("so-a").hasMessageContaining("so-b");
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private static String entry(String id, String name, String klass) {
        return "agencies:\n  - id: " + id + "\n    name: " + name + "\n    aliases: []\n    class: " + klass
                + "\n    email: " + "x@vinhlong.gov.vn\n    head: Giám đốc\n";
    }
}
