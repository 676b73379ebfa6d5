package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyClass;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyResolver;

/** The real plans (copied from shared/seeds into src/test/resources/seeds) and the province directory, shared by the tests. */
final class Seeds {

    static final Path DIR = Path.of(System.getProperty("cchc.seeds", "src/test/resources/seeds"));
    static final AgencyDirectory VINH_LONG = AgencyDirectory.load(Path.of("config/agencies/vinh-long.yml"));

    private Seeds() {
    }

    static Path seed(String prefix) {
        try (var files = java.nio.file.Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AppendixImporter importer() {
        return new AppendixImporter(new AgencyResolver(VINH_LONG));
    }

    static List<String> idsOf(AgencyClass c) {
        return VINH_LONG.ofClass(c).stream().map(Agency::id).toList();
    }

    static AppendixRow item(ImportResult result, String section, String stt) {
        List<AppendixRow> found = result.items().stream()
                .filter(i -> i.section().startsWith(section) && i.stt().equals(stt)).toList();
        assertThat(found).as("item %s in section %s", stt, section).isNotEmpty();
        return found.get(0);
    }
}
