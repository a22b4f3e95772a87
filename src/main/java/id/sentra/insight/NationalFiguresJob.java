package id.sentra.insight;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sums the national figures again on a schedule ({@code sentra.insight.national-figures.every}, ten minutes by
 * default), once across all instances: the first to take the lock refreshes, the others skip that run. The lock is
 * held at least {@code lock-at-least} (one minute) so that an instance whose timer fires a little later, after the
 * refresh has finished, does not sum the same figures a second time.
 */
@Component
class NationalFiguresJob {

    static final String LOCK = "national-figures";
    private static final Logger log = LoggerFactory.getLogger(NationalFiguresJob.class);

    private final NationalFigures figures;

    NationalFiguresJob(NationalFigures figures) {
        this.figures = figures;
    }

    @Scheduled(fixedDelayString = "${sentra.insight.national-figures.every:PT10M}",
            initialDelayString = "${sentra.insight.national-figures.every:PT10M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "${sentra.insight.national-figures.lock-at-least:PT1M}")
    public void refresh() {
        var snapshot = figures.refresh();
        log.info("National figures refreshed: {} members in {} clusters", snapshot.members(), snapshot.clusters().size());
    }
}
