package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class CliCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt launch(String... args) {
        return CliCommands.runIfCommand(args, new ByteArrayInputStream("Quý I/2024\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentStartsTheServer() {
        assertThat(launch()).isEmpty();
        assertThat(out() + err()).isEmpty();
    }

    @Test
    void springBootOptionsStartTheServer() {
        assertThat(launch("--server.port=8087", "--spring.profiles.active=prod")).isEmpty();
    }

    @Test
    void helpPrintsTheUsageAndExitsNonZeroWithoutStartingTheServer() {
        for (String help : new String[] {"--help", "-h", "help"}) {
            out.reset();
            assertThat(launch(help)).hasValue(CliCommands.USAGE_EXIT);
            assertThat(out()).contains("Cách dùng:", "deadlines --year N", "calendar", "import --dry-run");
        }
    }

    @Test
    void helpAfterSpringOptionsStillPrintsTheUsage() {
        assertThat(launch("--server.port=8087", "--help")).hasValue(CliCommands.USAGE_EXIT);
        assertThat(err()).contains("Cách dùng:");
    }

    @Test
    void anUnknownCommandIsNamedAndTheUsagePrinted() {
        assertThat(launch("deadline", "--year", "2024")).hasValue(CliCommands.USAGE_EXIT);
        assertThat(err()).contains("Lệnh không hợp lệ: deadline", "Cách dùng:");
        assertThat(out()).isEmpty();
    }

    @Test
    void aCommandsHelpPrintsTheUsage() {
        assertThat(launch("deadlines", "--help")).hasValue(CliCommands.USAGE_EXIT);
        assertThat(out()).contains("deadlines --year N");
    }

    @Test
    void deadlinesWithoutYearExitsNonZeroWithAUsageLine() {
        assertThat(launch("deadlines")).hasValue(2);
        assertThat(err()).contains("thiếu tham số --year", "Cách dùng: deadlines --year");
        assertThat(out()).isEmpty();
    }

    @Test
    void calendarAndImportWithoutArgumentsExitNonZero() {
        assertThat(launch("calendar")).hasValue(2);
        assertThat(launch("import")).hasValue(2);
        assertThat(err()).contains("thiếu tham số --year", "Thiếu tệp cần nhập");
    }

    @Test
    void aKnownCommandRuns() {
        assertThat(launch("deadlines", "--year", "2024")).hasValue(0);
        assertThat(out()).contains("\"kind\"").contains("2024-03-31");
    }
}
