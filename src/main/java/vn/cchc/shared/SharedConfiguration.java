package vn.cchc.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's {@link Clock}: the engine's, in Vietnam's zone ({@link EngineClock}). */
@Configuration
class SharedConfiguration {

    @Bean
    Clock clock() {
        return EngineClock.INSTANCE;
    }
}
