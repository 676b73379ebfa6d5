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

/** Reads the {@code agencies:} list of one or more YAML files, with Vietnamese messages for every mistake. */
final class AgencyFileReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String CLASS_CODES = "cap-so, cap-huyen, cap-xa, nganh-doc, don-vi-xa hoặc khac";

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
                throw new AgencyDirectoryException("Không đọc được thư mục danh mục cơ quan " + fileOrDir, e);
            }
            return all;
        }
        if (!Files.isRegularFile(fileOrDir)) {
            throw new AgencyDirectoryException("Không tìm thấy tệp danh mục cơ quan " + fileOrDir);
        }
        return List.of(read(fileOrDir));
    }

    static DirectoryFile read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new AgencyDirectoryException("Tệp danh mục cơ quan " + file + " không đúng cú pháp YAML: "
                    + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("agencies");
        if (list == null || !list.isArray()) {
            throw new AgencyDirectoryException("Tệp danh mục cơ quan " + file + " thiếu danh sách 'agencies:'");
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
        String where = "Tệp " + file + ", phần 'directory'";
        if (!node.isObject()) {
            throw new AgencyDirectoryException(where + ": cần unit, name, level, effective");
        }
        String unit = required(node, "unit", where);
        if (!SLUG.matcher(unit).matches()) {
            throw new AgencyDirectoryException(where + ": mã đơn vị '" + unit
                    + "' chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang");
        }
        String levelText = required(node, "level", where);
        DirectoryInfo.Level level;
        try {
            level = DirectoryInfo.Level.valueOf(levelText.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AgencyDirectoryException(where + ": cấp '" + levelText + "' không hợp lệ (province hoặc commune)");
        }
        java.time.LocalDate effective;
        try {
            effective = java.time.LocalDate.parse(required(node, "effective", where));
        } catch (java.time.format.DateTimeParseException e) {
            throw new AgencyDirectoryException(where + ": ngày hiệu lực '" + node.get("effective").asText()
                    + "' phải có dạng YYYY-MM-DD");
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
            throw new AgencyDirectoryException(where + ": lớp '" + code + "' không hợp lệ (" + CLASS_CODES + ")");
        }
    }

    private static Agency toAgency(JsonNode node, Path file, int position) {
        String where = "Tệp " + file + ", mục thứ " + position;
        if (!node.isObject()) {
            throw new AgencyDirectoryException(where + ": không phải một cơ quan (cần id, name, class, email, head)");
        }
        String id = required(node, "id", where);
        where += " (" + id + ")";
        if (!SLUG.matcher(id).matches()) {
            throw new AgencyDirectoryException(where + ": mã '" + id
                    + "' chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang");
        }
        String classCode = required(node, "class", where);
        AgencyClass agencyClass;
        try {
            agencyClass = AgencyClass.ofCode(classCode);
        } catch (IllegalArgumentException e) {
            throw new AgencyDirectoryException(where + ": lớp '" + classCode
                    + "' không hợp lệ (" + CLASS_CODES + ")");
        }
        List<String> aliases = new ArrayList<>();
        JsonNode aliasNode = node.get("aliases");
        if (aliasNode != null && !aliasNode.isNull()) {
            if (!aliasNode.isArray()) {
                throw new AgencyDirectoryException(where + ": 'aliases' phải là một danh sách");
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
            throw new AgencyDirectoryException(where + ": thiếu trường '" + field + "'");
        }
        return value.asText().trim();
    }
}
