package vn.cchc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import vn.cchc.agency.AgencyDirectories;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Texts;

/**
 * The agency directory of a command-line run, which starts no Spring: {@code --agencies FILE|DIR} when given, else
 * {@code cchc.agencies} of {@code config/application.yml} (default {@code config/agencies}). Of the structures
 * found, the one in force on 31 December of the plan year is used; when the file or folder holds several units
 * (a province and a commune) the configured {@code cchc.agency-unit} is taken.
 */
final class ConfiguredDirectory {

    private static final Path APPLICATION_YML = Path.of("config/application.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfiguredDirectory() {
    }

    static AgencyDirectory forPlanYear(Path agencies, int year) {
        JsonNode cchc = configured();
        Path source = agencies != null ? agencies : Path.of(cchc.path("agencies").asText("config/agencies"));
        AgencyDirectories directories = AgencyDirectories.load(source);
        String unit = directories.units().size() == 1 ? null : cchc.path("agency-unit").asText(null);
        return directories.forPlanYear(unit, year);
    }

    static String describe(AgencyDirectory directory) {
        var info = directory.info();
        if (info.unit().isEmpty()) {
            return Texts.get("cli.directory.count", String.valueOf(directory.all().size()));
        }
        return Texts.get("cli.directory.described", info.name(), info.unit(),
                info.effective().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                String.valueOf(directory.all().size()));
    }

    private static JsonNode configured() {
        if (!Files.isRegularFile(APPLICATION_YML)) {
            return YAML.createObjectNode();
        }
        try {
            return YAML.readTree(APPLICATION_YML.toFile()).path("cchc");
        } catch (IOException e) {
            return YAML.createObjectNode();
        }
    }
}
