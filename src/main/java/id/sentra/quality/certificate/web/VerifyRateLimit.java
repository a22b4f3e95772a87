package id.sentra.quality.certificate.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public verification page, which anyone may call without signing in: a
 * person checking a few certificates never notices it, a script guessing numbers or codes is slowed to one try per
 * refill interval. The map is bounded (least recently seen addresses are forgotten first) and lives in this bean.
 */
@Component
class VerifyRateLimit {

    private final int capacity;
    private final Duration refill;
    private final int maxClients;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    VerifyRateLimit(@Value("${sentra.verify.rate.capacity:30}") int capacity,
                    @Value("${sentra.verify.rate.refill-seconds:6}") int refillSeconds,
                    @Value("${sentra.verify.rate.clients:10000}") int maxClients, Clock clock) {
        this.capacity = capacity;
        this.refill = Duration.ofSeconds(refillSeconds);
        this.maxClients = maxClients;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > VerifyRateLimit.this.maxClients;
            }
        };
    }

    /** Takes one token for the client; false when its bucket is empty. */
    synchronized boolean tryTake(String client) {
        var now = clock.instant();
        var bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        bucket.refill(now, capacity, refill);
        return bucket.take();
    }

    /** Seconds until the client's next token, for the Retry-After header. */
    long retryAfterSeconds() {
        return Math.max(1, refill.toSeconds());
    }

    /** Tokens left and when the last one was added; a token is added every {@code refill}, up to the capacity. */
    private static final class Bucket {

        private int tokens;
        private Instant refilledAt;

        Bucket(int tokens, Instant at) {
            this.tokens = tokens;
            this.refilledAt = at;
        }

        void refill(Instant now, int capacity, Duration every) {
            long added = Duration.between(refilledAt, now).toMillis() / Math.max(1, every.toMillis());
            if (added > 0) {
                tokens = (int) Math.min(capacity, tokens + added);
                refilledAt = tokens == capacity ? now : refilledAt.plus(every.multipliedBy(added));
            }
        }

        boolean take() {
            if (tokens == 0) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
