package id.sentra.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for buyers' and members' own systems. Only a SHA-256 hash is stored, so the token is
 * shown once, at creation; a revoked token stops working at once.
 */
@Service
public class ApiTokens {

    private static final String PREFIX = "snt_";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates a token and returns its only plain-text copy. */
    @Transactional
    public IssuedToken issue(long accountId, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (account_id, name, token_hash, prefix, created_at)
                values (:account, :name, :hash, :prefix, :now)""")
                .param("account", accountId)
                .param("name", name)
                .param("hash", hash(token))
                .param("prefix", token.substring(0, 10))
                .param("now", now())
                .update(keys, "id");
        return new IssuedToken(keys.getKeyAs(Long.class), name, token);
    }

    public List<TokenInfo> list(long accountId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, last_used_at, revoked_at from api_token
                where account_id = :account order by created_at desc, id desc""")
                .param("account", accountId)
                .query((rs, i) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        toInstant(rs.getObject("created_at", OffsetDateTime.class)),
                        toInstant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        toInstant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list();
    }

    /** Revokes one of the account's own tokens; another account's token is left alone. */
    @Transactional
    public boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and account_id = :account and revoked_at is null")
                .param("now", now())
                .param("id", tokenId)
                .param("account", accountId)
                .update() == 1;
    }

    /**
     * The token's account in one statement (token and account joined), so every API call pays one indexed read; a
     * revoked token or a locked account is refused at once, on every instance, since nothing is kept between calls.
     */
    public Optional<SentraUser> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        var found = jdbc.sql("""
                        select t.last_used_at, a.id, a.username, a.display_name, a.password_hash, a.role, a.cooperative_id, a.member_id,
                               a.buyer_id, a.enabled, a.locked_until
                        from api_token t join account a on a.id = t.account_id
                        where t.token_hash = :hash and t.revoked_at is null""")
                .param("hash", hash)
                .query((rs, i) -> new Used(accounts.toUser(rs, i), rs.getObject("last_used_at", OffsetDateTime.class)))
                .optional();
        // At most one write a minute per token: a write on every call serialised a busy client's requests on the
        // token's row and left a dead row version per request (bench/results.md, heat submission).
        var stale = now().minusMinutes(1);
        found.filter(used -> used.lastUsedAt() == null || used.lastUsedAt().isBefore(stale)).ifPresent(used -> jdbc.sql("""
                        update api_token set last_used_at = :now
                        where token_hash = :hash and (last_used_at is null or last_used_at < :stale)""")
                .param("now", now()).param("stale", stale).param("hash", hash).update());
        return found.map(Used::user)
                .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                .map(SentraUser::withoutCredentials);
    }

    private record Used(SentraUser user, @Nullable OffsetDateTime lastUsedAt) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static @Nullable Instant toInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public record IssuedToken(long id, String name, String token) {
    }

    public record TokenInfo(long id, String name, String prefix, @Nullable Instant createdAt,
                            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }
}
