package vn.cchc.agency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.cchc.shared.Texts;

/** Reads the {@code agencies:} list of one or more YAML files, with Vietnamese messages for every mistake. */
final class AgencyFileReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AgencyFileReader() {
    }

    /** One file: its header ({@link DirectoryInfo#NONE} without one) and its agencies. */
    record DirectoryFile(Path file, DirectoryInfo info, List<Agency> agencies) {
    }

    static List<DirectoryFile> readAll(Path fileOrDir) {
        if (Files.isDirectory(fileOrDir)) {
            List<DirectoryFile> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(fileOrDir)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                    all.add(read(file));
                }
            } catch (IOException e) {
                throw AgencyDirectoryException.of(e, "agency.file.dirUnreadable", fileOrDir);
            }
            return all;
        }
        if (!Files.isRegularFile(fileOrDir)) {
            throw AgencyDirectoryException.of("agency.file.notFound", fileOrDir);
        }
        return List.of(read(fileOrDir));
    }

    static DirectoryFile read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw AgencyDirectoryException.of(e, "agency.file.yaml", file, e.getMessage());
        }
        JsonNode list = root == null ? null : root.get("agencies");
        if (list == null || !list.isArray()) {
            throw AgencyDirectoryException.of("agency.file.noList", file);
        }
        List<Agency> agencies = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            agencies.add(toAgency(list.get(i), file, i + 1));
        }
        return new DirectoryFile(file, info(root.get("directory"), file), agencies);
    }

    private static DirectoryInfo info(JsonNode node, Path file) {
        if (node == null || node.isNull()) {
            return DirectoryInfo.NONE;
        }
        String where = Texts.get("agency.file.whereHeader", file);
        if (!node.isObject()) {
            throw AgencyDirectoryException.of("agency.file.headerFields", where);
        }
        String unit = required(node, "unit", where);
        if (!SLUG.matcher(unit).matches()) {
            throw AgencyDirectoryException.of("agency.file.unitSlug", where, unit);
        }
        String levelText = required(node, "level", where);
        DirectoryInfo.Level level;
        try {
            level = DirectoryInfo.Level.valueOf(levelText.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AgencyDirectoryException.of("agency.file.level", where, levelText);
        }
        java.time.LocalDate effective;
        try {
            effective = java.time.LocalDate.parse(required(node, "effective", where));
        } catch (java.time.format.DateTimeParseException e) {
            throw AgencyDirectoryException.of("agency.file.effective", where,
                    node.get("effective").asText());
        }
        List<String> sources = new ArrayList<>();
        JsonNode sourceNode = node.get("sources");
        if (sourceNode != null && sourceNode.isArray()) {
            sourceNode.forEach(s -> sources.add(s.asText()));
        }
        java.util.Map<AgencyClass, List<AgencyClass>> replaces = new java.util.EnumMap<>(AgencyClass.class);
        JsonNode replacesNode = node.get("replaces");
        if (replacesNode != null && replacesNode.isObject()) {
            var fields = replacesNode.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                List<AgencyClass> to = new ArrayList<>();
                field.getValue().forEach(c -> to.add(agencyClass(c.asText(), where)));
                replaces.put(agencyClass(field.getKey(), where), to);
            }
        }
        return new DirectoryInfo(unit, TextFold.clean(required(node, "name", where)), level, effective, sources,
                replaces);
    }

    private static AgencyClass agencyClass(String code, String where) {
        try {
            return AgencyClass.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw AgencyDirectoryException.of("agency.file.class", where, code);
        }
    }

    private static Agency toAgency(JsonNode node, Path file, int position) {
        String where = Texts.get("agency.file.whereEntry", file, position);
        if (!node.isObject()) {
            throw AgencyDirectoryException.of("agency.file.notAgency", where);
        }
        String id = required(node, "id", where);
        where = Texts.get("agency.file.whereAgency", where, id);
        if (!SLUG.matcher(id).matches()) {
            throw AgencyDirectoryException.of("agency.file.idSlug", where, id);
        }
        String classCode = required(node, "class", where);
        AgencyClass agencyClass;
        try {
            agencyClass = AgencyClass.ofCode(classCode);
        } catch (IllegalArgumentException e) {
            throw AgencyDirectoryException.of("agency.file.class", where, classCode);
        }
        List<String> aliases = new ArrayList<>();
        JsonNode aliasNode = node.get("aliases");
        if (aliasNode != null && !aliasNode.isNull()) {
            if (!aliasNode.isArray()) {
                throw AgencyDirectoryException.of("agency.file.aliases", where);
            }
            aliasNode.forEach(a -> aliases.add(TextFold.clean(a.asText())));
        }
        JsonNode parent = node.get("parent");
        return new Agency(id, TextFold.clean(required(node, "name", where)), aliases, agencyClass,
                required(node, "email", where), required(node, "head", where),
                parent == null || parent.isNull() ? null : parent.asText());
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw AgencyDirectoryException.of("agency.file.missing", where, field);
        }
        return value.asText().trim();
    }
}
