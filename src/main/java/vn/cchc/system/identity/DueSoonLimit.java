package vn.cchc.system.identity;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.VietnamTime;

/**
 * The upper bound of the "Sắp đến hạn" filter: the end of the day (Asia/Ho_Chi_Minh) that lies
 * {@value #WORKING_DAYS} working days after today. The filter's stored query calls it as
 * {@code ${tasklistDueSoon.limit()}} each time the Tasklist lists the filter, so the bound moves with the days
 * and skips weekends, Tết and the other holidays of the working calendar.
 */
@Component(DueSoonLimit.BEAN)
public class DueSoonLimit {

    static final String BEAN = "tasklistDueSoon";
    static final int WORKING_DAYS = 15;

    private final WorkingCalendar calendar;

    DueSoonLimit(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** End of the day {@value #WORKING_DAYS} working days after today in Vietnam, on the engine's clock. */
    public Date limit() {
        LocalDate today = VietnamTime.today();
        return DueDates.endOfDay(calendar.plusWorkingDays(today, WORKING_DAYS));
    }
}
