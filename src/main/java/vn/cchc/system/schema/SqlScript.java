package vn.cchc.system.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A DDL script shipped inside a library jar (Quartz's and Camunda's), split into statements so that a Java migration
 * can run it on Flyway's connection. Their scripts are plain: {@code --} comment lines and statements ending with
 * {@code ;}, no procedural blocks, no semicolon inside a literal, which is all this splitter understands. A script
 * with blocks or block comments is refused rather than split wrongly; a statement the database refuses fails the
 * migration with the script's name and the statement, and Flyway rolls back what it can.
 */
public record SqlScript(String resource, List<String> statements) {

    public static SqlScript load(String resource) {
        try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("script not on the classpath: " + resource);
            }
            return new SqlScript(resource, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<String> split(String script) {
        String withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        if (withoutComments.contains("$$") || withoutComments.contains("/*")) {
            throw new IllegalStateException("not a plain DDL script (blocks or block comments)");
        }
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Drops and transaction control, which a migration must not run: Flyway owns the transaction. */
    public static boolean isDropOrCommit(String statement) {
        String upper = statement.toUpperCase(Locale.ROOT);
        return upper.startsWith("DROP ") || upper.equals("COMMIT");
    }

    public SqlScript without(Predicate<String> statement) {
        return new SqlScript(resource, statements.stream().filter(statement.negate()).toList());
    }

    public void executeOn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(resource + ": " + e.getMessage() + " in: " + sql, e.getSQLState(), e);
                }
            }
        }
    }
}
