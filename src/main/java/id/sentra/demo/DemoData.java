package id.sentra.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.MemberRegistry;

/**
 * Loads the demo data (clusters, members, buyers, logins, contracts) into an empty database on start, all of it in
 * one transaction, and names the demo logins in the log on every start. Off with {@code sentra.demo.enabled=false}; a database that already has
 * a cluster is never touched. It loads before the web server opens (an earlier lifecycle phase), so
 * that nobody signs in to a half-loaded demo or with a demo login that does not exist yet.
 */
@Component
@ConditionalOnBooleanProperty("sentra.demo.enabled")
class DemoData implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final SentraUser SYSTEM =
            new SentraUser(0, "system", "System", null, Role.ADMIN, null, null, null, false, true);

    private final CooperativeDirectory cooperatives;
    private final MemberRegistry members;
    private final BuyerDirectory buyers;
    private final id.sentra.registry.MemberPrices prices;
    private final DemoSteps steps;
    private final TransactionTemplate transaction;

    DemoData(CooperativeDirectory cooperatives, MemberRegistry members, BuyerDirectory buyers,
             id.sentra.registry.MemberPrices prices, DemoSteps steps, PlatformTransactionManager transactionManager) {
        this.cooperatives = cooperatives;
        this.members = members;
        this.buyers = buyers;
        this.prices = prices;
        this.steps = steps;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Before the web server, which starts in phase {@code DEFAULT_PHASE - 1024}. */
    private static final int BEFORE_WEB_SERVER = DEFAULT_PHASE - 2048;

    private volatile boolean running;

    @Override
    public int getPhase() {
        return BEFORE_WEB_SERVER;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void start() {
        running = true;
        if (cooperatives.clusters().isEmpty()) {
            long started = System.nanoTime();
            try {
                transaction.executeWithoutResult(status -> load());
                log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (DataIntegrityViolationException e) {
                // Two instances started on one empty database at once; the other one won.
                log.warn("Demo data not loaded, another instance loaded it first: {}",
                        e.getMostSpecificCause().getMessage());
            }
        }
        steps.accounts().logLogins();
    }

    private void load() {
        var cooperative = DemoCooperatives.register(cooperatives);
        var ceper = CeperMembers.generate();
        var ceperIds = members.registerAll(SYSTEM, cooperative.baturJaya(), ceper);
        var tegal = TegalMembers.generate();
        var tegalIds = members.registerAll(SYSTEM, cooperative.tegal(), tegal);
        DemoPrices.register(prices, ceperIds, ceper);
        DemoPrices.register(prices, tegalIds, tegal);
        var buyerIds = DemoBuyers.register(buyers, SYSTEM);
        long member = ceperIds.get(ceper.indexOf(SpectrometerMember.details()));
        steps.accounts().create(new DemoAccounts.Scopes(cooperative.baturJaya(), cooperative.tegal(), member,
                buyerIds.get(DemoBuyers.KAI)));
        steps.contracts().register(SYSTEM, cooperative.baturJaya(), buyerIds);
        steps.allocations().allocate(SYSTEM);
        steps.specifications().register(cooperative.baturJaya(), buyerIds);
        steps.quality().produce(steps.inspections());
        steps.tkdn().costStructures();
    }
}
