package id.sentra.quality.certificate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.sentra.SentraIntegrationTest;

/** The public verification page answers 429 in the reader's language once one address has used up its tries. */
@SentraIntegrationTest
class VerifyRateLimitTests {

    @Autowired MockMvc mvc;
    @Value("${sentra.verify.rate.capacity:30}") int capacity;

    private static MockHttpServletRequestBuilder verifyFrom(String address, Locale locale) {
        return get("/verify/SNT-NONE").locale(locale).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    @Test
    void oneAddressGets429InItsLanguageOnceItsTriesAreUsedUpAndAnotherAddressIsStillServed() throws Exception {
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < capacity + 40 && !statuses.contains(429); i++) {
            statuses.add(mvc.perform(verifyFrom("198.51.100.7", Locale.ENGLISH)).andReturn().getResponse().getStatus());
        }
        assertThat(statuses.subList(0, capacity)).containsOnly(200);
        assertThat(statuses).contains(429);

        var refused = mvc.perform(verifyFrom("198.51.100.7", Locale.forLanguageTag("id"))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("6");
        assertThat(refused.getContentAsString()).contains("Terlalu banyak pemeriksaan sertifikat");
        assertThat(mvc.perform(verifyFrom("198.51.100.8", Locale.ENGLISH)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aBucketRefillsOneTryPerIntervalUpToItsCapacity() {
        var clock = new MovableClock();
        var limit = new VerifyRateLimit(2, 6, 100, clock);
        assertThat(limit.tryTake("a")).isTrue();
        assertThat(limit.tryTake("a")).isTrue();
        assertThat(limit.tryTake("a")).isFalse();
        clock.advance(Duration.ofSeconds(5));
        assertThat(limit.tryTake("a")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limit.tryTake("a")).isTrue();
        assertThat(limit.tryTake("a")).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(limit.tryTake("a")).isTrue();
        assertThat(limit.tryTake("a")).isTrue();
        assertThat(limit.tryTake("a")).isFalse();
    }

    @Test
    void theMapForgetsTheLeastRecentlySeenAddressBeyondItsBound() {
        var limit = new VerifyRateLimit(1, 600, 2, new MovableClock());
        assertThat(limit.tryTake("a")).isTrue();
        assertThat(limit.tryTake("b")).isTrue();
        assertThat(limit.tryTake("c")).isTrue();
        assertThat(limit.tryTake("a")).isTrue();
        assertThat(limit.tryTake("c")).isFalse();
    }

    /** A clock a test moves by hand, so refilling is checked without waiting. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2027-03-02T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
