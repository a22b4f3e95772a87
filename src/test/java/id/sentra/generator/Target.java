package id.sentra.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;

/**
 * The database being loaded: PostgreSQL (created if missing, loaded by COPY with foreign-key triggers off for the
 * loading sessions) or H2 (batched inserts, referential integrity off while loading). The schema is the
 * application's own, made by its Flyway migrations before anything is loaded.
 */
final class Target {

    private final String url;
    private final String user;
    private final String password;
    private final boolean postgres;
    private final List<String> droppedIndexes = new ArrayList<>();

    Target(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    boolean postgres() {
        return postgres;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Creates the PostgreSQL database when it does not exist yet (connecting to the server's {@code postgres} database). */
    void createIfMissing() throws SQLException {
        if (!postgres) {
            return;
        }
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        String admin = url.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
        try (var connection = DriverManager.getConnection(admin, user, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database \"" + name + "\"");
            }
        }
    }

    /** Empties the database: drops every object of the public schema, so the migrations start afresh. */
    void drop() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            } else {
                statement.execute("drop all objects");
            }
        }
    }

    void migrate() {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }

    boolean empty() throws SQLException {
        try (var connection = connect(); var rows = connection.createStatement().executeQuery("select count(*) from cluster")) {
            rows.next();
            return rows.getLong(1) == 0;
        }
    }

    /** A connection for one loading table: COPY on PostgreSQL, batched inserts on H2. */
    Rows open(String table, String[] columns, Progress.Table progress) throws SQLException {
        var connection = connect();
        try (var statement = connection.createStatement()) {
            if (postgres) {
                // Every id the generator writes refers to a row it writes too; the foreign keys stay declared.
                statement.execute("set session_replication_role = replica");
                statement.execute("set synchronous_commit = off");
                return new CopyRows(connection, table, columns, progress);
            }
            statement.execute("set referential_integrity false");
            return new BatchRows(connection, table, columns, progress);
        }
    }

    /**
     * Drops the secondary indexes (not primary keys or unique constraints) of the given tables, to build them once
     * after loading instead of row by row; PostgreSQL only.
     */
    void dropSecondaryIndexes(List<String> tables) throws SQLException {
        if (!postgres) {
            return;
        }
        try (var connection = connect();
             var query = connection.prepareStatement("""
                     select i.indexname, i.indexdef from pg_indexes i
                     where i.schemaname = 'public' and i.tablename = any (?)
                       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                     order by i.indexname""")) {
            query.setArray(1, connection.createArrayOf("text", tables.toArray()));
            var rows = query.executeQuery();
            var names = new ArrayList<String>();
            while (rows.next()) {
                names.add(rows.getString(1));
                droppedIndexes.add(rows.getString(2));
            }
            for (String name : names) {
                connection.createStatement().execute("drop index " + name);
            }
        }
    }

    List<String> droppedIndexes() {
        return List.copyOf(droppedIndexes);
    }

    void execute(String sql) throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("set maintenance_work_mem = '256MB'");
            }
            statement.execute(sql);
        }
    }

    /** The identity counters move past the ids the generator wrote, so the application's own inserts follow on. */
    void restartIdentity(String table) throws SQLException {
        try (var connection = connect(); var rows = connection.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rows.next();
            connection.createStatement().execute("alter table " + table + " alter column id restart with " + rows.getLong(1));
        }
    }

    String size() throws SQLException {
        if (!postgres) {
            return "n/a (H2)";
        }
        try (var connection = connect();
             var rows = connection.createStatement().executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
