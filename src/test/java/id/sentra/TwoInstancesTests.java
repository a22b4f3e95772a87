package id.sentra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.sentra.allocation.Allocation;
import id.sentra.allocation.AllocationService;
import id.sentra.allocation.AlreadyPublishedException;
import id.sentra.allocation.AwardedContracts;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.matching.Candidate;
import id.sentra.matching.Matchmaker;
import id.sentra.matching.Requirement;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Equipment;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.MemberDetails;
import id.sentra.registry.MemberFilter;
import id.sentra.registry.MemberRow;
import id.sentra.registry.MemberSearch;
import id.sentra.registry.MemberRegistry;

/**
 * Two application instances on one PostgreSQL database serve correctly together (issue 6 §3): started at once on an
 * empty database they load the demo data once; publishing one contract's allocation from both at once publishes it
 * once; editing one member from both with the same version keeps one edit and refuses the other; the one scheduled
 * job, the national figures' refresh, runs once when both instances' timers fire (ShedLock's lock row; a job added
 * without the lock fails the test here; Spring Modulith's Moments are off) and the start-up sum is taken once. There
 * is no event-publication registry to republish.
 * Two whole applications of their own, outside the shared test context, on a database of their own ({@code _instances}
 * after the test database's name); they take one demo load to start (about 20 s on an idle machine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private String startLog;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTwoInstancesAtOnceOnAnEmptyDatabase() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "two instances share a PostgreSQL server");
        String url = recreate(TestDatabase.url() + "_instances");
        String[] arguments = {"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(), "--spring.datasource.hikari.maximum-pool-size=4"};
        var captured = new ByteArrayOutputStream();
        var console = System.out;
        System.setOut(new PrintStream(new TeeStream(console, captured), true));
        try {
            // Two threads of their own: the common pool has a single worker on a two-core machine.
            try (var starter = Executors.newFixedThreadPool(2)) {
                var a = starter.submit(() -> SpringApplication.run(SentraApplication.class, arguments));
                var b = starter.submit(() -> withoutLoggingSetUp().run(arguments));
                first = a.get();
                second = b.get();
            }
        } finally {
            System.setOut(console);
        }
        startLog = captured.toString();
    }

    /**
     * The second instance leaves the JVM's one logging system to the first: two set-ups racing on the same logger
     * context failed now and then ("Unable to find Spring Environment in logger context"). Its log lines still go
     * through the first instance's configuration.
     */
    private static SpringApplication withoutLoggingSetUp() {
        var application = new SpringApplication(SentraApplication.class);
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return application;
    }

    @AfterAll
    void stop() {
        for (var context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void bothInstancesServeAndTheDemoDataWasLoadedOnce() throws Exception {
        for (var context : List.of(first, second)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
        var jdbc = first.getBean(JdbcClient.class);
        var loaders = threadsThatLogged("Demo data loaded in");
        var yielders = threadsThatLogged("another instance loaded it first");
        assertThat(loaders).as("demo data loaded by exactly one instance").hasSize(1);
        assertThat(yielders).as("the other instance raced for the empty database and stood back").hasSize(1).doesNotContainAnyElementsOf(loaders);
        assertThat(jdbc.sql("select count(*) from cluster").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) - count(distinct reference) from contract").query(Long.class).single()).isZero();
    }

    @Test
    void everyScheduledJobTakesTheDatabaseLock() throws Exception {
        for (var context : List.of(first, second)) {
            var jobs = scheduledJobs(context);
            assertThat(jobs).extracting(Object::toString).containsExactly("id.sentra.insight.NationalFiguresJob.refresh");
            for (var job : jobs) {
                String name = job.toString();
                var method = Class.forName(name.substring(0, name.lastIndexOf('.'))).getMethod(name.substring(name.lastIndexOf('.') + 1));
                assertThat(method.getAnnotation(SchedulerLock.class)).as("%s runs under a ShedLock lock", name).isNotNull();
            }
        }
    }

    @Test
    void theNationalFiguresAreSummedOnceAtStartAndOncePerRunWhenBothInstancesFireTogether() throws Exception {
        var jdbc = first.getBean(JdbcClient.class);
        long atStart = refreshes(jdbc);
        assertThat(atStart).as("both instances started on an empty database; one summed the figures").isEqualTo(1);
        assertThat(jdbc.sql("select members from national_figures").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from member where active = true").query(Long.class).single());

        var outcomes = atOnce(fire(first), fire(second));
        assertThat(refreshes(jdbc)).as("both timers fired at once (%s); the job ran once", outcomes).isEqualTo(atStart + 1);

        // The other instance's timer firing a little late, after the run has finished, within the lock's minimum hold.
        fire(second).call();
        fire(first).call();
        assertThat(refreshes(jdbc)).as("a late timer in the same period skips the run").isEqualTo(atStart + 1);
        assertThat(jdbc.sql("select locked_by from shedlock where name = 'national-figures'").query(String.class).list()).hasSize(1);
    }

    @Test
    void aContractsAllocationPublishedFromBothInstancesAtOnceIsPublishedOnce() throws Exception {
        var contracts = new AwardedContracts(first.getBean(ContractRegistry.class), first.getBean(ContractSearch.class),
                first.getBean(Accounts.class));
        var operator = contracts.user("operator");
        long contract = contracts.greyIron("DUA-INSTANS", 200, "45.000");
        var settings = new Allocation.Settings(0, List.of(), List.of());
        long plan = first.getBean(AllocationService.class).propose(operator, contract, settings);

        var outcomes = atOnce(publish(first, operator, plan), publish(second, operator, plan));

        assertThat(outcomes).containsExactlyInAnyOrder("published", "refused");
        var jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from contract_allocation where contract_id = :c").param("c", contract).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct plan_id) from work_order where contract_id = :c").param("c", contract)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oneMemberEditedFromBothInstancesWithTheSameVersionKeepsOneEditAndRefusesTheOther() throws Exception {
        var admin = first.getBean(Accounts.class).findByUsername("admin").orElseThrow();
        long member = first.getBean(JdbcClient.class).sql("select min(id) from member").query(Long.class).single();
        var profile = first.getBean(MemberRegistry.class).profile(admin, member);

        var outcomes = atOnce(revise(first, admin, member, profile.version(), renamed(profile.details(), "CV Dari Instans Satu")),
                revise(second, admin, member, profile.version(), renamed(profile.details(), "CV Dari Instans Dua")));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        var after = second.getBean(MemberRegistry.class).profile(admin, member);
        assertThat(after.version()).isEqualTo(profile.version() + 1);
        assertThat(after.legalName()).isIn("CV Dari Instans Satu", "CV Dari Instans Dua");
    }

    private static long refreshes(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from national_figures").query(Long.class).single();
    }

    /** The instance's scheduled jobs as its scheduler holds them. */
    private static List<Runnable> scheduledJobs(ConfigurableApplicationContext context) {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream()).map(task -> task.getTask().getRunnable()).toList();
    }

    /** Runs the national-figures job as the instance's scheduler would when its timer fires. */
    private static Callable<String> fire(ConfigurableApplicationContext instance) {
        var job = scheduledJobs(instance).getFirst();
        return () -> {
            job.run();
            return "fired";
        };
    }

    @Test
    void aMemberRevisedOnOneInstanceIsSearchedAndRankedOnTheOtherAtOnce() {
        var admin = first.getBean(Accounts.class).findByUsername("admin").orElseThrow();
        long member = first.getBean(JdbcClient.class).sql("""
                select max(m.id) from member m where m.active = true
                and not exists (select 1 from member_equipment e where e.member_id = m.id and e.kind = 'SPECTROMETER')""").query(Long.class).single();
        var profile = first.getBean(MemberRegistry.class).profile(admin, member);
        var material = profile.details().materials().iterator().next();
        var need = new Requirement(material, Set.of(), Set.of(EquipmentKind.SPECTROMETER), Set.of(), 0, null);
        var search = second.getBean(MemberSearch.class);
        var matchmaker = second.getBean(Matchmaker.class);
        var byName = new MemberFilter("lintas instans", null, null, null, null, null, null, null, MemberFilter.Status.ALL);
        assertThat(search.search(admin, byName, 0, 10).total()).as("the second instance's catalogue is loaded").isZero();
        assertThat(eligible(matchmaker, admin, need)).doesNotContain(member);

        var equipment = new java.util.ArrayList<>(profile.details().equipment());
        equipment.add(Equipment.machine(EquipmentKind.SPECTROMETER, 1));
        var d = renamed(profile.details(), "CV Lintas Instans");
        first.getBean(MemberRegistry.class).revise(admin, member, profile.version(), new MemberDetails(d.legalName(), d.nib(),
                d.ownerName(), d.address(), d.location(), d.workforce(), d.foundedYear(), d.processes(), d.materials(), equipment,
                d.certifications(), d.capacities()));

        assertThat(search.search(admin, byName, 0, 10).items()).extracting(MemberRow::id).containsExactly(member);
        assertThat(eligible(matchmaker, admin, need)).contains(member);
    }

    private static List<Long> eligible(Matchmaker matchmaker, SentraUser user, Requirement need) {
        return matchmaker.rank(user, need).stream().filter(Candidate::eligible).map(Candidate::memberId).toList();
    }

    /** The starting threads (one per instance) whose log lines hold the text. */
    private java.util.Set<String> threadsThatLogged(String text) {
        var thread = java.util.regex.Pattern.compile("\\[\\s*(pool-\\d+-thread-\\d+)\\]");
        return startLog.lines().filter(line -> line.contains(text)).map(thread::matcher).filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1)).collect(java.util.stream.Collectors.toSet());
    }

    private static Callable<String> publish(ConfigurableApplicationContext instance, SentraUser operator, long plan) {
        var allocations = instance.getBean(AllocationService.class);
        int version = allocations.page(operator, plan).allocation().version();
        return () -> {
            try {
                allocations.publish(operator, plan, version);
                return "published";
            } catch (AlreadyPublishedException | StaleRecordException e) {
                return "refused";
            } catch (IllegalStateException e) {
                // The other instance had already committed: the plan is no longer a draft.
                return "refused";
            }
        };
    }

    private static Callable<String> revise(ConfigurableApplicationContext instance, SentraUser user, long member, int version,
                                           MemberDetails details) {
        var registry = instance.getBean(MemberRegistry.class);
        return () -> {
            try {
                registry.revise(user, member, version, details);
                return "saved";
            } catch (StaleRecordException e) {
                return "stale";
            }
        };
    }

    private static List<String> atOnce(Callable<String> one, Callable<String> other) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> { start.await(); return one.call(); });
            var b = pool.submit(() -> { start.await(); return other.call(); });
            start.countDown();
            return List.of(a.get(), b.get());
        }
    }

    private static MemberDetails renamed(MemberDetails d, String legalName) {
        return new MemberDetails(legalName, d.nib(), d.ownerName(), d.address(), d.location(), d.workforce(), d.foundedYear(),
                d.processes(), d.materials(), d.equipment(), d.certifications(), d.capacities());
    }

    private static String recreate(String url) throws Exception {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1);
        try (var connection = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", TestDatabase.user(), TestDatabase.password());
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        return url;
    }

    /** Writes to the console and keeps a copy, to count what the two instances logged while starting. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream one;
        private final java.io.OutputStream two;

        TeeStream(java.io.OutputStream one, java.io.OutputStream two) {
            this.one = one;
            this.two = two;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            one.write(b);
            two.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            one.write(b, off, len);
            two.write(b, off, len);
        }
    }
}
