package id.sentra.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts, their scopes and the counter of failed logins behind the lock-out. */
@Service
public class Accounts {

    /** After this many wrong passwords in a row the account is locked for {@link #LOCK_DURATION}. */
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public Optional<SentraUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(username) = lower(:username)")
                .param("username", username)
                .query(this::toUser)
                .optional();
    }

    public Optional<SentraUser> findById(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::toUser).optional();
    }

    public List<SentraUser> findAll() {
        return jdbc.sql(SELECT + " order by role, username").query(this::toUser).list();
    }

    public boolean exists() {
        return jdbc.sql("select count(*) from account").query(Long.class).single() > 0;
    }

    @Transactional
    public long create(NewAccount account) {
        jdbc.sql("""
                insert into account (username, display_name, password_hash, role, cooperative_id, member_id, buyer_id)
                values (:username, :displayName, :hash, :role, :cooperativeId, :memberId, :buyerId)""")
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwordEncoder.encode(account.password()))
                .param("role", account.role().name())
                .param("cooperativeId", account.cooperativeId())
                .param("memberId", account.memberId())
                .param("buyerId", account.buyerId())
                .update();
        return findByUsername(account.username()).orElseThrow().accountId();
    }

    @Transactional
    void recordFailedLogin(String username) {
        var lockUntil = OffsetDateTime.ofInstant(clock.instant().plus(LOCK_DURATION), ZoneOffset.UTC);
        jdbc.sql("""
                update account set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= :max then :lockUntil else locked_until end
                where lower(username) = lower(:username)""")
                .param("max", MAX_FAILED_LOGINS)
                .param("lockUntil", lockUntil)
                .param("username", username)
                .update();
    }

    @Transactional
    void recordSuccessfulLogin(String username) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where lower(username) = lower(:username)")
                .param("username", username)
                .update();
    }

    private static final String SELECT = """
            select id, username, display_name, password_hash, role, cooperative_id, member_id, buyer_id,
                   enabled, locked_until from account""";

    /** An account from a row with this class's columns (also the API token check's join). */
    SentraUser toUser(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
        return new SentraUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                nullableLong(rs, "cooperative_id"),
                nullableLong(rs, "member_id"),
                nullableLong(rs, "buyer_id"),
                locked,
                rs.getBoolean("enabled"));
    }

    private static @Nullable Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** What it takes to open an account; the password is hashed before it is stored. */
    public record NewAccount(String username, String displayName, String password, Role role,
                             @Nullable Long cooperativeId, @Nullable Long memberId, @Nullable Long buyerId) {
    }
}
