package vn.cchc.faults;

import java.net.CookieHandler;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookies for the suite's HTTP clients, kept by name whatever the node: the production profile marks
 * the session and CSRF cookies {@code Secure} (TLS ends at the load balancer), and a {@code java.net.CookieManager}
 * would not send them back over the suite's plain HTTP, so each request got a new session (and a page's form post
 * a CSRF refusal). Sent to every node, as a browser behind the load balancer does.
 */
final class PlainHttpCookies extends CookieHandler {

    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    /** A cookie's value, or null. */
    String value(String name) {
        return cookies.get(name);
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name == null || !name.equalsIgnoreCase("Set-Cookie")) {
                return;
            }
            for (String cookie : values) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String cookieName = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(cookieName);
                } else {
                    cookies.put(cookieName, value);
                }
            }
        });
    }
}
