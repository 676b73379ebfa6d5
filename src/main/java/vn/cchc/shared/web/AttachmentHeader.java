package vn.cchc.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition: attachment} for a Vietnamese file name: {@code filename*=UTF-8''…} (RFC 5987 / 6266)
 * for current browsers, and an ASCII {@code filename="…"} without diacritics for the others. One home for every
 * download of the application (reports and documents, agencies' result files).
 */
public final class AttachmentHeader {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentHeader() {
    }

    public static String of(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** "Báo cáo Quý I.docx" → "Bao cao Quy I.docx"; anything else outside printable ASCII or a quote becomes "_". */
    public static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    public static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
