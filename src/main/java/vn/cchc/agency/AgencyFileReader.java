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

    private AgencyFileReader() {
    }

    static List<Agency> readAll(Path fileOrDir) {
        if (Files.isDirectory(fileOrDir)) {
            List<Agency> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(fileOrDir)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                    all.addAll(read(file));
                }
            } catch (IOException e) {
                throw new AgencyDirectoryException("Không đọc được thư mục danh mục cơ quan " + fileOrDir, e);
            }
            return all;
        }
        if (!Files.isRegularFile(fileOrDir)) {
            throw new AgencyDirectoryException("Không tìm thấy tệp danh mục cơ quan " + fileOrDir);
        }
        return read(fileOrDir);
    }

    static List<Agency> read(Path file) {
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
        return agencies;
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
                    + "' không hợp lệ (cap-so, cap-huyen, cap-xa hoặc khac)");
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
