package vn.cchc.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A file read into table rows plus its plain text (for the plan year), whatever its format. */
record SourceDocument(List<RawRow> rows, String text) {

    static SourceDocument read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("Không đọc được tệp " + file + ": " + e.getMessage(), e);
        }
        return read(bytes, file);
    }

    /** An uploaded file: its bytes and the name it had on the official's computer (for its format and messages). */
    static SourceDocument read(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        return read(bytes, Path.of(name.isBlank() || name.contains("\0") ? "tep-tai-len" : name));
    }

    private static SourceDocument read(byte[] bytes, Path file) {
        if (bytes.length == 0) {
            throw new ImportException("Tệp " + file.getFileName() + " rỗng: không có bảng nhiệm vụ để nhập.");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (name.endsWith(".docx") || (zip && !name.endsWith(".xlsx"))) {
            return DocxTableReader.read(bytes, file);
        }
        if (name.endsWith(".xlsx")) {
            return XlsxTableReader.read(bytes, file);
        }
        String text = decode(bytes, file);
        if (name.endsWith(".csv")) {
            return new SourceDocument(CsvTableReader.read(text), text);
        }
        return new SourceDocument(TextTableReader.read(text), text);
    }

    private static String decode(byte[] bytes, Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("Tệp " + file.getFileName() + " không phải văn bản UTF-8, DOCX, XLSX hay CSV "
                    + "đọc được (dữ liệu nhị phân hoặc sai bảng mã). Không có bảng nhiệm vụ nào được nhập.");
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0 && control * 100 > text.length()) {
            throw new ImportException("Tệp " + file.getFileName() + " chứa dữ liệu nhị phân, không phải văn bản: "
                    + "không có bảng nhiệm vụ nào được nhập.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
