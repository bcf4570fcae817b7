package org.feedbackstudio.runtime.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks on a server address: well formed, and safe to send a key to. */
public final class Endpoint {
    private Endpoint() {
    }

    /**
     * The address as a URI with a trailing slash removed.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a web address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("expected an http:// or https:// address such as "
                    + ModelSpec.OLLAMA_URL + ", got " + url);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("the address names no host: " + url);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("give the server's address without a query, a fragment or a user: "
                    + url);
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }

    /** Whether the address is this machine (localhost, 127.0.0.0/8, ::1): nothing sent there leaves it. */
    public static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** Whether a key may be sent there: over https, or to this machine. */
    public static boolean keySafe(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) || isLoopback(uri);
    }
}
