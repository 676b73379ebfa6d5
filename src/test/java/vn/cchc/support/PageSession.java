package vn.cchc.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like visit to the application's own pages as a demo user: HTTP Basic, cookies kept, and form posts
 * carrying the CSRF token that a page rendered into its forms, as a browser submitting that form would.
 */
public final class PageSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final String authorization;

    private PageSession(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static PageSession as(int port, String user) {
        return as(port, user, "demo");
    }

    /** As a user with their own password (users from a directory). */
    public static PageSession as(int port, String user, String password) {
        return new PageSession(port, user, password);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The CSRF token in the forms of the page at {@code pagePath} (fails the test if the page has none). */
    public String csrfToken(String pagePath) {
        String page = get(pagePath).body();
        Matcher m = TOKEN.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the forms of " + pagePath);
        }
        return m.group(1);
    }

    /** Posts a form as the page at {@code tokenFrom} would (its CSRF token added); without one if null. */
    public HttpResponse<String> postForm(String path, Map<String, String> form, String tokenFrom) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(form);
        if (tokenFrom != null) {
            fields.put("_csrf", csrfToken(tokenFrom));
        }
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any other post (multipart, empty), with the CSRF token of {@code tokenFrom} in the X-CSRF-TOKEN header. */
    public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body,
                                     String tokenFrom) {
        HttpRequest.Builder request = request(path).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (tokenFrom != null) {
            request.header("X-CSRF-TOKEN", csrfToken(tokenFrom));
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
