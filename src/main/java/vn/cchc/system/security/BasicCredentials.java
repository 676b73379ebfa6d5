package vn.cchc.system.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;

/** HTTP Basic credentials of the application's own pages, checked against the engine's users. */
public final class BasicCredentials {

    private BasicCredentials() {
    }

    /** The user named by an {@code Authorization: Basic …} header whose password checks out; otherwise null. */
    public static String verifiedUser(String authorization, IdentityService identity) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }
}
