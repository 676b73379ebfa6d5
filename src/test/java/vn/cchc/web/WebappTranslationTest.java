package vn.cchc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Vietnamese translation of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome).
 *
 * <p>For each app the vendor's {@code en.json} is read from the webjar on the classpath and
 * compared with our override {@code vi.json} (src/main/resources/META-INF/resources/webjars/camunda/app/APP/locales).
 * Every key of the English file must have a Vietnamese value that is not simply the English text, with the same
 * {@code {{placeholders}}} and HTML tags. After a Camunda upgrade this test names every new or changed key that
 * needs translating. See docs/webapp-localisation.md.
 */
class WebappTranslationTest {

  static final String BASE = "META-INF/resources/webjars/camunda/app/";

  /** Words that may stay as they are in Vietnamese text (product and standard names). */
  static final Set<String> PROPER_NAMES = Set.of(
      "Camunda", "BPMN", "DMN", "CMMN", "FEEL", "JSON", "XML", "HTML", "CSV", "URL", "REST", "API",
      "Java", "JavaScript", "Groovy", "Python", "JUEL", "Spin", "UTC", "CE", "EE", "OK");

  /** Leaves whose values are moment.js format strings or other notation, not text. */
  static final List<Pattern> NOT_TEXT = List.of(
      Pattern.compile("dateLocales/longDateFormat/.*"),
      Pattern.compile("dateLocales/calendar/sameElse"),
      Pattern.compile("dateLocales/week/.*"));

  /**
   * Some labels are only the English plural ending ("instance" + "s"); Vietnamese nouns do not inflect,
   * so their translation is intentionally empty.
   */
  static final String ENGLISH_PLURAL_SUFFIX = "s";

  /** Common English words: if one shows up in a Vietnamese value, the value was not (fully) translated. */
  static final Set<String> ENGLISH_MARKERS = Set.of(
      "the", "and", "of", "is", "are", "not", "could", "please", "with", "for", "this", "that",
      "you", "your", "has", "have", "been", "was", "will", "can", "cannot", "must", "should",
      "click", "select", "instance", "instances", "process", "task", "tasks", "definition",
      "variable", "variables", "filter", "user", "group", "delete", "cancel", "save", "loading");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  /** HTML tags (not pseudo-tags such as {@code <null>}, which the webapps show as text). */
  static final Pattern TAG = Pattern.compile(
      "</?(a|b|i|u|p|br|hr|em|strong|code|pre|kbd|span|div|ul|ol|li|small|sup|sub|table|tr|td|th)\\b[^>]*>",
      Pattern.CASE_INSENSITIVE);
  static final Pattern HREF = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");
  static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAVietnameseTranslation(String app) throws IOException {
    JsonNode en = readJson(vendorResource(BASE + app + "/locales/en.json"));
    JsonNode vi = readJson(ownResource(BASE + app + "/locales/vi.json"));

    List<String> problems = new ArrayList<>();
    compare("", en, vi, problems);
    obsolete("", en.path("labels"), vi.path("labels"), "labels", problems);

    assertThat(problems)
        .as("%s: %d problem(s) in vi.json compared to the webjar's en.json:%n  %s",
            app, problems.size(), String.join("\n  ", problems))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseFileIsUtf8Nfc(String app) throws IOException {
    URL url = ownResource(BASE + app + "/locales/vi.json");
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    }
    assertThat(bytes.length > 2 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB)
        .as("%s/vi.json must not start with a byte order mark", app).isFalse();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
        .as("%s/vi.json must be in Unicode NFC", app).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesVietnameseTheDefaultLocale(String app) throws IOException {
    String config = stripComments(read(ownResource(BASE + app + "/scripts/config.js")));

    Matcher locales = Pattern.compile("locales\\s*:\\s*\\{([^}]*)}").matcher(config);
    assertThat(locales.find()).as("%s/config.js must configure 'locales' (outside comments)", app).isTrue();
    String block = locales.group(1);

    Matcher fallback = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]+)['\"]").matcher(block);
    assertThat(fallback.find()).as("%s/config.js: fallbackLocale", app).isTrue();
    assertThat(fallback.group(1)).as("%s/config.js: fallbackLocale", app).isEqualTo("vi");

    Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]").matcher(block);
    assertThat(available.find()).as("%s/config.js: availableLocales", app).isTrue();
    List<String> locs = new ArrayList<>();
    Matcher item = Pattern.compile("['\"]([^'\"]+)['\"]").matcher(available.group(1));
    while (item.find()) {
      locs.add(item.group(1));
    }
    // The webapps take the browser's first language if it is in availableLocales, else fallbackLocale.
    // Offering only 'vi' therefore gives Vietnamese to every browser, including English ones.
    assertThat(locs).as("%s/config.js: availableLocales (only Vietnamese, whatever the browser language)", app)
        .containsExactly("vi");
    for (String loc : locs) {
      assertThat(getClass().getClassLoader().getResource(BASE + app + "/locales/" + loc + ".json"))
          .as("%s: locale file for available locale %s", app, loc).isNotNull();
    }

    // the webjar's own settings must have been kept when the file was overridden
    String vendor = stripComments(read(vendorResource(BASE + app + "/scripts/config.js")));
    Matcher top = Pattern.compile("(?m)^  ([A-Za-z]+)\\s*:").matcher(vendor);
    while (top.find()) {
      assertThat(config).as("%s/config.js keeps the webjar's setting %s", app, top.group(1))
          .containsPattern("(?m)^  " + top.group(1) + "\\s*:");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vendorEndOfLifeBannerIsHidden(String app) throws IOException {
    String css = stripComments(read(ownResource(BASE + app + "/styles/user-styles.css")));
    assertThat(css.replaceAll("\\s+", " "))
        .as("%s/styles/user-styles.css hides the Camunda 8 migration banner", app)
        .containsPattern("\\.ce-eol-banner[^{]*\\{[^}]*display\\s*:\\s*none\\s*!important");
  }

  // ---------------------------------------------------------------------------------------------

  static void compare(String path, JsonNode en, JsonNode vi, List<String> problems) {
    if (en.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
        JsonNode v = vi == null ? null : vi.get(e.getKey());
        if (v == null || v.isNull()) {
          problems.add("missing:       " + p + " (en: " + abbreviate(e.getValue().toString()) + ")");
        } else {
          compare(p, e.getValue(), v, problems);
        }
      }
    } else if (en.isArray()) {
      if (!vi.isArray() || vi.size() != en.size()) {
        problems.add("wrong shape:   " + path + " (en has an array of " + en.size() + ")");
        return;
      }
      for (int i = 0; i < en.size(); i++) {
        compare(path + "[" + i + "]", en.get(i), vi.get(i), problems);
      }
    } else if (en.isTextual()) {
      if (!vi.isTextual()) {
        problems.add("wrong shape:   " + path + " (en is text)");
        return;
      }
      compareText(path, en.asText(), vi.asText(), problems);
    } else if (!en.equals(vi)) {
      problems.add("differs:       " + path + " (en: " + en + ", vi: " + vi + ")");
    }
  }

  static void compareText(String path, String en, String vi, List<String> problems) {
    if (NOT_TEXT.stream().anyMatch(p -> p.matcher(path).matches())) {
      return;
    }
    if (vi.isBlank() && !en.isBlank() && !ENGLISH_PLURAL_SUFFIX.equals(en)) {
      problems.add("empty:         " + path + " (en: " + abbreviate(en) + ")");
      return;
    }
    if (vi.equals(en) && hasEnglishWords(en)) {
      problems.add("untranslated:  " + path + " = " + abbreviate(en));
      return;
    }
    Set<String> englishLeft = englishMarkers(vi);
    if (!englishLeft.isEmpty()) {
      problems.add("english words: " + path + " " + englishLeft + " in " + abbreviate(vi));
    }
    if (!placeholders(en).equals(placeholders(vi))) {
      problems.add("placeholders:  " + path + " en " + placeholders(en) + " vi " + placeholders(vi));
    }
    if (!tags(en).equals(tags(vi))) {
      problems.add("html tags:     " + path + " en " + tags(en) + " vi " + tags(vi));
    }
    if (!links(en).equals(links(vi))) {
      problems.add("links:         " + path + " en " + links(en) + " vi " + links(vi));
    }
  }

  /** Keys in vi.json labels that the webjar no longer has: left over from an older version. */
  static void obsolete(String unused, JsonNode en, JsonNode vi, String path, List<String> problems) {
    for (Iterator<String> it = vi.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!en.has(key)) {
        problems.add("obsolete:      " + path + "/" + key + " (not in the webjar's en.json any more)");
      }
    }
  }

  static String textOnly(String s) {
    String t = PLACEHOLDER.matcher(s).replaceAll(" ");
    t = TAG.matcher(t).replaceAll(" ");
    t = t.replaceAll("&[a-zA-Z]+;|&#\\d+;", " ");
    t = t.replaceAll("\\[[^\\]]*]|%[sd]", " ");
    return t;
  }

  static boolean hasEnglishWords(String s) {
    Matcher m = WORD.matcher(textOnly(s));
    while (m.find()) {
      if (!PROPER_NAMES.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  static Set<String> englishMarkers(String vi) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("[\\p{L}]+").matcher(textOnly(vi));
    while (m.find()) {
      String w = m.group();
      if (ENGLISH_MARKERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        found.add(w);
      }
    }
    return found;
  }

  static List<String> placeholders(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      out.add(m.group(1).replaceAll("\\s+", ""));
    }
    Collections.sort(out);
    return out;
  }

  static List<String> tags(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TAG.matcher(PLACEHOLDER.matcher(s).replaceAll(" "));
    while (m.find()) {
      out.add(m.group().startsWith("</") ? "/" + m.group(1) : m.group(1));
    }
    Collections.sort(out);
    return out;
  }

  static List<String> links(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(s);
    while (m.find()) {
      out.add(m.group(1));
    }
    Collections.sort(out);
    return out;
  }

  static String abbreviate(String s) {
    return s.length() > 70 ? s.substring(0, 67) + "..." : s;
  }

  static String stripComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  /** The resource as shipped by the Camunda webjar (not our override of the same path). */
  static URL vendorResource(String path) throws IOException {
    for (URL url : Collections.list(WebappTranslationTest.class.getClassLoader().getResources(path))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("the Camunda webjar does not provide " + path + " on the test classpath");
  }

  /** Our override of the resource (from this project's classes, not from a jar). */
  static URL ownResource(String path) throws IOException {
    for (URL url : Collections.list(WebappTranslationTest.class.getClassLoader().getResources(path))) {
      if (!url.toString().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("this project does not provide src/main/resources/" + path);
  }

  static JsonNode readJson(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in); // Jackson skips the UTF-8 byte order mark of the vendor files
    }
  }

  static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
