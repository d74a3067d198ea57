package dev.pycoach.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A fresh, migrated database for one test: an in-memory H2 in PostgreSQL mode, or a throwaway schema in the
 * PostgreSQL that {@value #POSTGRES_URL} points at (set by {@code .ci/run}). Without that variable the
 * PostgreSQL variant of a test is skipped, and says why.
 */
public final class TestDatabase implements AutoCloseable {
    /** The environment variable (or system property) holding a JDBC URL of a PostgreSQL database tests may use. */
    public static final String POSTGRES_URL = "PYCOACH_TEST_POSTGRES_URL";
    public static final String H2 = "h2";
    public static final String POSTGRES = "postgresql";
    private final String kind;
    private final HikariDataSource dataSource;
    private final String schema;

    private TestDatabase(String kind, HikariDataSource dataSource, String schema) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Opens a fresh database of this kind ({@link #H2} or {@link #POSTGRES}) with the migrations applied. */
    public static TestDatabase open(String kind) {
        return kind.equals(H2) ? h2() : postgres();
    }

    public static String postgresUrl() {
        String url = System.getProperty(POSTGRES_URL, System.getenv(POSTGRES_URL));
        return url == null || url.isBlank() ? null : url;
    }

    private static TestDatabase h2() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:test-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(4);
        TestDatabase db = new TestDatabase(H2, new HikariDataSource(config), null);
        db.migrate();
        return db;
    }

    private static TestDatabase postgres() {
        String url = postgresUrl();
        Assumptions.assumeTrue(url != null, "PostgreSQL tests skipped: " + POSTGRES_URL + " is not set "
                + "(.ci/run sets it to a throwaway database; e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setSchema(schema);
        config.setMaximumPoolSize(4);
        config.setConnectionInitSql("create schema if not exists " + schema);
        TestDatabase db = new TestDatabase(POSTGRES, new HikariDataSource(config), schema);
        db.migrate();
        return db;
    }

    private void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .schemas(schema == null ? new String[0] : new String[] {schema}).load().migrate();
    }

    public String kind() {
        return kind;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public PlatformTransactionManager transactions() {
        return new DataSourceTransactionManager(dataSource);
    }

    @Override
    public void close() {
        if (schema != null) {
            jdbc().sql("drop schema " + schema + " cascade").update();
        }
        if (kind.equals(H2)) {
            jdbc().sql("shutdown").update();
        }
        dataSource.close();
    }
}
