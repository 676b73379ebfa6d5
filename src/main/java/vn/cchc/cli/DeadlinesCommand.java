package vn.cchc.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import vn.cchc.deadline.DeadlineJson;
import vn.cchc.deadline.DeadlineParser;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.Texts;

/** {@code deadlines --year N [--calendar DIR]}: one phrase per line on stdin, one JSON object per line on stdout. */
final class DeadlinesCommand {

    private static final ObjectWriter JSON = new ObjectMapper().writer();

    /** Plans repeat the same few dozen phrases; distinct lines beyond this many are simply not cached. */
    private static final int CACHE_LIMIT = 50_000;

    private DeadlinesCommand() {
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CalendarCommand.Args parsed;
        WorkingCalendar calendar;
        try {
            parsed = CalendarCommand.Args.parse("deadlines", args);
            calendar = parsed.loadCalendar();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        DeadlineParser parser = new DeadlineParser(parsed.year());
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            Map<String, String> cache = new HashMap<>();
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                String json = cache.get(line);
                if (json == null) {
                    json = JSON.writeValueAsString(DeadlineJson.toMap(parser.parse(line), calendar));
                    if (cache.size() < CACHE_LIMIT) {
                        cache.put(line, json);
                    }
                }
                writer.write(json);
                writer.write('\n');
            }
            writer.flush();
            return 0;
        } catch (IOException e) {
            err.println(Texts.get("cli.deadlines.io", e.getMessage()));
            return 1;
        }
    }
}
