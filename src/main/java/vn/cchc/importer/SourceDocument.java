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

    /** How much of the text the plan year is looked for in (the title is on the first page). */
    static final int TEXT_FOR_YEAR = 20_000;

    static SourceDocument read(Path file, ReaderLimits limits) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            long size = Files.size(file);
            checkSize(size, name, limits);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ImportException.of(e, "importer.reader.unreadable", file, e.getClass().getSimpleName());
        }
        return read(bytes, file, limits);
    }

    /** An uploaded file: its bytes and the name it had on the official's computer (for its format and messages). */
    static SourceDocument read(byte[] bytes, String fileName, ReaderLimits limits) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        return read(bytes, Path.of(name.isBlank() || name.contains("\0") ? "tep-tai-len" : name), limits);
    }

    private static SourceDocument read(byte[] bytes, Path file, ReaderLimits limits) {
        String name = file.getFileName().toString();
        if (bytes.length == 0) {
            throw ImportException.of("importer.reader.empty", name);
        }
        checkSize(bytes.length, name, limits);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (lower.endsWith(".docx") || (zip && !lower.endsWith(".xlsx"))) {
            return DocxTableReader.read(bytes, name, limits);
        }
        if (lower.endsWith(".xlsx")) {
            return XlsxTableReader.read(bytes, name, limits);
        }
        String text = decode(bytes, name);
        BoundedRows rows = new BoundedRows(limits, name);
        if (lower.endsWith(".csv")) {
            CsvTableReader.read(text, rows);
        } else {
            TextTableReader.read(text, rows);
        }
        return new SourceDocument(rows.rows(), text);
    }

    private static void checkSize(long size, String name, ReaderLimits limits) {
        if (size > limits.maxFileSize().toBytes()) {
            throw ImportException.of("importer.reader.fileTooLarge", name, megabytes(size),
                    megabytes(limits.maxFileSize().toBytes()));
        }
    }

    static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static String decode(byte[] bytes, String name) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ImportException.of("importer.reader.notText", name);
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0 && control * 100 > text.length()) {
            throw ImportException.of("importer.reader.binary", name);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
