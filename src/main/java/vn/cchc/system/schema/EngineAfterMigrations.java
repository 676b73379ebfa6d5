package vn.cchc.system.schema;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine is built after Flyway has migrated the schema: Flyway creates the engine's tables (V3) and the engine
 * only checks them ({@code camunda.bpm.database.schema-update: false}). Spring Boot orders beans that read the
 * database after Flyway only for the types it knows (JdbcTemplate, JPA, ...); the Camunda starter declares none, so
 * without this detector the engine could start on an empty database. Registered in {@code META-INF/spring.factories}.
 */
public class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineConfigurationImpl.class, ProcessEngine.class);
    }
}
