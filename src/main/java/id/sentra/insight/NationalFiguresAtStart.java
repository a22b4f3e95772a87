package id.sentra.insight;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sums the national figures at start when there are none yet or they are older than the refresh interval — a new
 * database, the demo data just loaded (an earlier phase), data loaded by the generator — before the web server
 * opens, so that the first page shows them. Under the job's lock: of two instances starting at once, one sums and
 * the other, finding the lock taken, goes on (its pages show the figures once the first has committed them).
 */
@Component
class NationalFiguresAtStart implements SmartLifecycle {

    /** After the demo data (DEFAULT_PHASE - 2048), before the web server (DEFAULT_PHASE - 1024). */
    private static final int AFTER_DEMO_BEFORE_WEB_SERVER = DEFAULT_PHASE - 1536;
    private static final Logger log = LoggerFactory.getLogger(NationalFiguresAtStart.class);

    private final NationalFigures figures;
    private final LockingTaskExecutor locks;
    private final Duration every;
    private volatile boolean running;

    NationalFiguresAtStart(NationalFigures figures, LockProvider lockProvider,
                           @Value("${sentra.insight.national-figures.every:PT10M}") Duration every) {
        this.figures = figures;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.every = every;
    }

    @Override
    public void start() {
        running = true;
        if (figures.freshWithin(every)) {
            return;
        }
        // Held only while summing: the scheduled runs keep their own minimum hold.
        var lock = new LockConfiguration(Instant.now(), NationalFiguresJob.LOCK, Duration.ofMinutes(10), Duration.ZERO);
        locks.executeWithLock((Runnable) () -> {
            if (!figures.freshWithin(every)) {
                var snapshot = figures.refresh();
                log.info("National figures summed at start: {} members in {} clusters", snapshot.members(), snapshot.clusters().size());
            }
        }, lock);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AFTER_DEMO_BEFORE_WEB_SERVER;
    }
}
