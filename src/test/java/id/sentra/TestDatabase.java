package id.sentra;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test context at the test database: the local PostgreSQL by default
 * ({@code sentra.test.database.url}, set by the build), recreated empty once per test run so every
 * run starts from the same migrations and demo data. A {@code jdbc:h2:} URL runs the suite embedded.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicBoolean RECREATED = new AtomicBoolean();

    public static String url() {
        // The environment wins over the build's default system property, so one variable switches the suite.
        String fromEnvironment = System.getenv("SENTRA_TEST_DATABASE_URL");
        String url = fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment
                : System.getProperty("sentra.test.database.url");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/sentra_test" : url;
    }

    public static String user() {
        return System.getProperty("sentra.test.database.user", System.getenv().getOrDefault("SENTRA_TEST_DATABASE_USER", "postgres"));
    }

    public static String password() {
        return System.getProperty("sentra.test.database.password", System.getenv().getOrDefault("SENTRA_TEST_DATABASE_PASSWORD", ""));
    }

    public static boolean isPostgres() {
        return url().startsWith("jdbc:postgresql:");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (isPostgres() && RECREATED.compareAndSet(false, true)) {
            recreate();
        }
        var properties = isPostgres()
                ? Map.<String, Object>of("spring.datasource.url", url(), "spring.datasource.username", user(),
                        "spring.datasource.password", password())
                : Map.<String, Object>of("spring.datasource.url", url(), "spring.datasource.username", "sa",
                        "spring.datasource.password", "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sentra-test-database", properties));
    }

    private static void recreate() {
        String url = url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalStateException("Test database name must be [a-z0-9_]+: " + database);
        }
        String maintenance = url.substring(0, slash + 1) + "postgres";
        try (var connection = DriverManager.getConnection(maintenance, user(), password());
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    Cannot prepare the test database at %s as user %s: %s
                    The tests need a PostgreSQL server (see README, "Tests"), or set
                    SENTRA_TEST_DATABASE_URL=jdbc:h2:mem:sentra;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH
                    to run them on the embedded database.""".formatted(url, user(), e.getMessage()), e);
        }
    }
}
