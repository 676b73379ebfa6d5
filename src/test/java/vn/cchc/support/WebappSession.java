package vn.cchc.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session on the webapps' own API (/camunda/api): login with CSRF token, cookies kept. */
public final class WebappSession {

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;

    private WebappSession(int port) {
        this(port, new CookieManager());
    }

    private WebappSession(int port, CookieManager cookies) {
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.base = "http://localhost:" + port + "/camunda";
    }

    /**
     * The same browser (its cookies: session, XSRF-TOKEN) talking to another node on {@code port}, as after a
     * load balancer switched it over.
     */
    public WebappSession on(int port) {
        return new WebappSession(port, cookies);
    }

    /** The value of this browser's cookie {@code name}, if it has one. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Logs in to Tasklist as {@code user} (password demo) and fetches the session's CSRF token, as Tasklist does. */
    public static WebappSession login(int port, String user) throws IOException, InterruptedException {
        return login(port, user, "demo");
    }

    /** Logs in to Tasklist as {@code user} with their own password (users from a directory). */
    public static WebappSession login(int port, String user, String password)
            throws IOException, InterruptedException {
        WebappSession session = new WebappSession(port);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/app/tasklist/default/")).GET());
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        URI.create(session.base + "/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        if (login.statusCode() != 200) {
            throw new AssertionError("login of " + user + " failed: " + login.statusCode());
        }
        session.get("/api/admin/auth/user/default");
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** A page of the application itself (outside /camunda), in the same browser session. */
    public HttpResponse<String> getApp(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base.replace("/camunda", "") + path)).GET());
    }

    /** A form posted to a page of the application itself, in the same browser session. */
    public HttpResponse<String> postAppForm(String path, String formBody) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base.replace("/camunda", "") + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)));
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("Fetch");
        return http.send(request.header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
