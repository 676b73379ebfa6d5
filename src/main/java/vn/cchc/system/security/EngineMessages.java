package vn.cchc.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.cchc.shared.Messages;
import vn.cchc.shared.UserInputException;

/**
 * Error messages the Tasklist shows officials come from the engine in English ("No matching task with id …",
 * "Exception while invoking TaskListener: …" before our own Vietnamese message). For the engine's APIs (the
 * webapps' and {@code /engine-rest}), error responses are rewritten: the engine's wrapping prefixes are removed, so
 * the Vietnamese reason stands alone, and the common engine messages get a Vietnamese text (keys {@code engine.*}
 * of the message bundle). Successful responses pass untouched.
 *
 * <p>A form the process's code refused ({@link ListenerRefusals}) is answered 400 by the engine itself; here its
 * field and code are added to the answer ({@link #rewrite(int, byte[], UserInputException)}). The few resources that
 * answer every engine exception with 500, form-validation failures included (starting a process with
 * {@code process-definition/{id}/start}), answer such a refusal with 400 here (logged once, by
 * {@code system.RefusalLogging}).
 *
 * <p>The REST resources answer any other engine exception while starting a process or completing a task with 500,
 * even when the caller sent a value the engine refuses to store: a Java-serialized object (ENGINE-17007, Java
 * serialization is off) or an object in a format the engine has no serializer for. Those are the caller's mistake
 * and become 400 with a Vietnamese message. The state of the work is not a server fault either ({@link CallerConflicts}):
 * a task already done is 404, two officials at one task (a claim taken, the engine's optimistic locking) 409. Every
 * other 500 stays 500.
 */
class EngineMessages extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineMessages.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENER_WRAPPER = Pattern.compile(
            "(?s)^ENGINE-\\d+ There was an exception while invoking the \\w+\\. Message: '(.*)'$");
    private static final Pattern PREFIXES = Pattern.compile(
            "^(Cannot (submit|complete) task( form)? [^:]*: |Cannot instantiate process definition \\S+: )?"
                    + "(Exception while invoking \\w+ ?: ?)?");
    private static final Pattern NO_INSTANCE = Pattern.compile(
            "(?s)^(Historic )?[Pp]rocess instance with id \\S+ does not exist.*");
    /**
     * What the REST API answers for any engine exception of some commands (adding a comment, adding an attachment):
     * the cause is lost.
     */
    private static final Pattern SWALLOWED = Pattern.compile("^(Not enough parameters submitted|Task id is null)$");
    private static final Pattern NO_PERMISSION = Pattern.compile(
            "(?s).*(does not have .*permission|Required admin authenticated group or user).*");
    private static final Pattern JAVA_SERIALIZATION = Pattern.compile(
            "(?s).*ENGINE-17007 Cannot set variable with name (\\S+)\\. Java serialization format is prohibited.*");
    private static final Pattern NO_SERIALIZER = Pattern.compile(
            "(?s).*Cannot find serializer for value 'ObjectValue.*serializationDataFormat=([^,]*),.*");

    /** The engine's refusal of a user's query without paging, or with a page above {@code queryMaxResultsLimit}. */
    private static final Pattern UNBOUNDED = Pattern.compile("^An unbound number of results is forbidden!$");
    private static final Pattern OVER_LIMIT = Pattern.compile("^Max results limit of (\\d+) exceeded!$");

    private final Messages messages;

    EngineMessages(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        UserInputException refusal;
        RefusalSlot.open();
        try {
            chain.doFilter(request, wrapper);
        } finally {
            refusal = RefusalSlot.close();
        }
        if (wrapper.getStatus() >= 400 && isJson(wrapper.getContentType())) {
            Rewritten rewritten = rewrite(wrapper.getStatus(), wrapper.getContentAsByteArray(), refusal);
            if (rewritten != null) {
                boolean refused = refusal != null && rewritten.message().equals(refusal.getMessage());
                if (rewritten.status() != wrapper.getStatus() && !refused) {
                    LOG.info("{} {}{} refused ({} instead of the engine's {}): {}", request.getMethod(),
                            request.getServletPath(), request.getPathInfo() == null ? "" : request.getPathInfo(),
                            rewritten.status(), wrapper.getStatus(), rewritten.message());
                }
                wrapper.setStatus(rewritten.status());
                wrapper.resetBuffer();
                wrapper.getOutputStream().write(rewritten.body());
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.contains("json");
    }

    record Rewritten(int status, String message, byte[] body) {
    }

    /** The response with a Vietnamese {@code message} (and 400 for a value the caller should not send), or null. */
    Rewritten rewrite(int status, byte[] body) {
        return rewrite(status, body, null);
    }

    /**
     * As {@link #rewrite(int, byte[])}; when the answer is {@code refusal} (a command of this request ended with it,
     * {@link ListenerRefusals}), its field and code are added: {@code "field"} (when named) and
     * {@code "refusal": {"code", "status", "message", "problems", "field", "details"}}, the shape of the JSON APIs'
     * answer ({@code shared.web.UserInputAdvice}). The engine's own {@code "code"} (a number) stays.
     */
    Rewritten rewrite(int status, byte[] body, UserInputException refusal) {
        try {
            JsonNode root = JSON.readTree(body);
            if (!(root instanceof ObjectNode error) || !error.path("message").isTextual()) {
                return null;
            }
            String message = error.get("message").asText();
            int newStatus = status;
            String vietnamese = refusal != null && SWALLOWED.matcher(message).matches()
                    ? refusal.getMessage() : vietnamese(message);
            if (status == 500) {
                String refused = refusedValue(message);
                if (refused != null) {
                    newStatus = 400;
                    vietnamese = refused;
                    error.put("type", "InvalidRequestException");
                }
            }
            if (status == 500 && (CallerConflicts.CONCURRENT_CHANGE.matcher(message).find()
                    || CallerConflicts.ALREADY_CLAIMED.matcher(message).find())) {
                // two officials at once (claims); nothing was written
                newStatus = 409;
            }
            if (status == 500 && CallerConflicts.TASK_GONE.matcher(message).find()) {
                // completing or submitting a task already done (or never there): the REST API's 500 for any
                // exception of the command
                newStatus = 404;
            }
            boolean isRefusal = refusal != null && vietnamese.equals(refusal.getMessage());
            if (isRefusal && status == 500) {
                // a resource with no 4xx for any engine exception (process-definition/{id}/start)
                newStatus = 400;
            }
            if (vietnamese.equals(message) && newStatus == status && !isRefusal) {
                return null;
            }
            error.put("message", vietnamese);
            if (isRefusal) {
                describe(error, refusal);
            }
            return new Rewritten(newStatus, vietnamese, JSON.writeValueAsBytes(error));
        } catch (IOException notJson) {
            return null;
        }
    }

    private static void describe(ObjectNode error, UserInputException refusal) {
        if (refusal.field() != null) {
            error.put("field", refusal.field());
        }
        ObjectNode described = error.putObject("refusal");
        described.put("code", refusal.code());
        described.put("status", refusal.status());
        described.put("message", refusal.getMessage());
        ArrayNode problems = described.putArray("problems");
        refusal.problems().forEach(problems::add);
        if (refusal.field() != null) {
            described.put("field", refusal.field());
        }
        ArrayNode details = described.putArray("details");
        for (UserInputException.Problem problem : refusal.details()) {
            ObjectNode one = details.addObject();
            one.put("code", problem.code());
            if (problem.field() != null) {
                one.put("field", problem.field());
            }
            one.put("message", problem.message());
        }
    }

    /** The Vietnamese refusal of a value the engine will not store, or null when the message is about something else. */
    String refusedValue(String message) {
        Matcher java = JAVA_SERIALIZATION.matcher(message);
        if (java.matches()) {
            return messages.get("engine.javaSerializationRefused", java.group(1));
        }
        Matcher format = NO_SERIALIZER.matcher(message);
        if (format.matches()) {
            return messages.get("engine.formatRefused", format.group(1));
        }
        return null;
    }

    String vietnamese(String message) {
        if (CallerConflicts.TASK_GONE.matcher(message).find()) {
            return messages.get("engine.taskGone");
        }
        if (CallerConflicts.CONCURRENT_CHANGE.matcher(message).find()) {
            return messages.get("engine.concurrentChange");
        }
        if (CallerConflicts.ALREADY_CLAIMED.matcher(message).find()) {
            return messages.get("engine.alreadyClaimed");
        }
        if (NO_PERMISSION.matcher(message).matches()) {
            return messages.get("engine.notAllowed");
        }
        if (NO_INSTANCE.matcher(message).matches()) {
            return messages.get("engine.instanceGone");
        }
        if (UNBOUNDED.matcher(message).matches()) {
            return messages.get("engine.unboundedQuery");
        }
        Matcher limit = OVER_LIMIT.matcher(message);
        if (limit.matches()) {
            return messages.get("engine.tooManyResults", limit.group(1));
        }
        String text = message;
        String before;
        do {
            before = text;
            text = PREFIXES.matcher(text).replaceFirst("");
            var wrapped = LISTENER_WRAPPER.matcher(text);
            if (wrapped.matches()) {
                text = wrapped.group(1);
            }
        } while (!text.equals(before));
        return text;
    }
}
