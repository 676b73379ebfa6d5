package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CalendarCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CalendarCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsDaysOffAndMakeUpDaysWithTheirSources() {
        assertThat(run("--year", "2024", "--calendar", "config/calendar")).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Lịch làm việc năm 2024", "Thông báo chính thức");
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("2024-05-04").contains("Làm bù")
                .contains("2450/VPCP-KGVX"));
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("2024-02-08").contains("5015/TB-LĐTBXH"));
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("2024-04-18").contains("Giỗ Tổ Hùng Vương")
                .contains("tính mặc định"));
    }

    @Test
    void saysWhenAYearHasNoConfirmedAnnouncement() {
        assertThat(run("--year", "2027", "--calendar", "config/calendar")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Năm 2027 chưa có thông báo chính thức được xác nhận");
    }

    @Test
    void badArgumentsAreExitTwo() {
        assertThat(run("--year")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("thiếu giá trị cho --year", "thiếu tham số --year");
    }
}
