package id.sentra.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/** The member list answered from the kept catalogue: the same members, counts and order as the tables give, and saves seen at once. */
@SentraIntegrationTest
class MemberSearchTests {

    @Autowired MemberSearch search;
    @Autowired MemberRegistry registry;
    @Autowired CooperativeDirectory directory;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private final SentraUser admin = new SentraUser(0, "tester", "Tester", null, Role.ADMIN, null, null, null, false, true);

    @Test
    void aBuyersFilteredSearchCountsTheActiveMembersTheTablesHold() {
        var filter = new MemberFilter(null, Process.SAND_CASTING, MaterialFamily.GREY_IRON, null, 1_000, null, null, null,
                MemberFilter.Status.ALL);
        long expected = jdbc.sql("""
                select count(*) from member m where m.active = true
                and exists (select 1 from member_process p where p.member_id = m.id and p.process = 'SAND_CASTING')
                and exists (select 1 from member_material t where t.member_id = m.id and t.material = 'GREY_IRON')
                and (select coalesce(sum(k.amount), 0) from member_capacity k where k.member_id = m.id
                     and k.unit = 'KG_PER_MONTH' and k.material = 'GREY_IRON') >= 1000""").query(Long.class).single();

        var page = search.search(user("buyer"), filter, 0, 20);

        assertThat(expected).isPositive();
        assertThat(page.total()).isEqualTo(expected);
        assertThat(page.items()).hasSize((int) Math.min(20, expected)).allMatch(MemberRow::active);
    }

    @Test
    void pagesFollowTheDatabasesNameOrder() {
        var expected = jdbc.sql("select id from member order by legal_name, id").query(Long.class).list();
        var all = new MemberFilter(null, null, null, null, null, null, null, null, MemberFilter.Status.ALL);

        var read = new ArrayList<Long>();
        for (int page = 0; read.size() < expected.size(); page++) {
            search.search(admin, all, page, MemberSearch.MAX_PAGE_SIZE).items().forEach(r -> read.add(r.id()));
        }

        assertThat(read).isEqualTo(expected);
    }

    @Test
    void aRegisteredMemberIsFoundByTheNextSearch() {
        long cooperative = newCooperative("Koperasi Katalog Satu");
        registry.register(admin, cooperative, details("3309000000001", "CV Katalog Baru"));

        var page = search.search(admin, text("katalog baru"), 0, 10);

        assertThat(page.items()).extracting(MemberRow::legalName).containsExactly("CV Katalog Baru");
    }

    @Test
    void aRevisedCapabilityIsFilteredByTheNextSearch() {
        long cooperative = newCooperative("Koperasi Katalog Dua");
        long id = registry.register(admin, cooperative, details("3309000000002", "CV Katalog Revisi"));
        var centrifugal = new MemberFilter("katalog revisi", Process.CENTRIFUGAL_CASTING, null, null, null, null, null, null,
                MemberFilter.Status.ALL);
        assertThat(search.search(admin, centrifugal, 0, 10).total()).isZero();

        var before = registry.profile(admin, id);
        var revised = withProcesses(before.details(), Set.of(Process.CENTRIFUGAL_CASTING));
        registry.revise(admin, id, before.version(), revised);

        assertThat(search.search(admin, centrifugal, 0, 10).items()).extracting(MemberRow::id).containsExactly(id);
    }

    @Test
    void aDeactivatedMemberLeavesTheBuyersList() {
        long cooperative = newCooperative("Koperasi Katalog Tiga");
        long id = registry.register(admin, cooperative, details("3309000000003", "CV Katalog Pamit"));
        assertThat(search.search(user("buyer"), text("katalog pamit"), 0, 10).total()).isEqualTo(1);

        registry.deactivate(admin, id, registry.profile(admin, id).version());

        assertThat(search.search(user("buyer"), text("katalog pamit"), 0, 10).total()).isZero();
    }

    @Test
    void aSaveByAnotherInstanceIsSeenFromItsModificationTime() {
        long cooperative = newCooperative("Koperasi Katalog Empat");
        long id = registry.register(admin, cooperative, details("3309000000004", "CV Katalog Lain"));
        assertThat(search.search(admin, text("katalog lain"), 0, 10).total()).isEqualTo(1);

        // What another instance's save leaves in the database: a new version, a fresh modification time.
        jdbc.sql("update member set legal_name = 'CV Katalog Sebelah', version = version + 1, modified_at = current_timestamp where id = :id")
                .param("id", id).update();

        assertThat(search.search(admin, text("katalog lain"), 0, 10).total()).isZero();
        assertThat(search.search(admin, text("katalog sebelah"), 0, 10).items()).extracting(MemberRow::id).containsExactly(id);
    }

    @Test
    void aRenamedCooperativeIsNamedOnItsMembersRows() {
        long cooperative = newCooperative("Koperasi Katalog Lima");
        registry.register(admin, cooperative, details("3309000000005", "CV Katalog Koperasi"));

        jdbc.sql("update cooperative set name = 'Koperasi Katalog Berganti', version = version + 1 where id = :id")
                .param("id", cooperative).update();

        assertThat(search.search(admin, text("katalog koperasi"), 0, 10).items())
                .extracting(MemberRow::cooperativeName).containsExactly("Koperasi Katalog Berganti");
    }

    @Test
    void theFreeTextFindsAMemberByItsOwnerNibOrVillage() {
        long cooperative = newCooperative("Koperasi Katalog Enam");
        long id = registry.register(admin, cooperative, details("3309000000006", "CV Katalog Teks"));

        for (String text : List.of("3309000000006", "PAK SUTRISNO", "batur")) {
            assertThat(search.search(admin, text(text).withCooperative(cooperative), 0, 10).items())
                    .as(text).extracting(MemberRow::id).containsExactly(id);
        }
    }

    @Test
    void anExpiredCertificateDoesNotPassTheCertificateFilter() {
        long cooperative = newCooperative("Koperasi Katalog Tujuh");
        var expired = new Certification(CertificationKind.ISO_9001, "ISO-LAMA", "TUV", LocalDate.of(2001, 1, 1));
        var d = details("3309000000007", "CV Katalog Kedaluwarsa");
        registry.register(admin, cooperative, new MemberDetails(d.legalName(), d.nib(), d.ownerName(), d.address(), d.location(),
                d.workforce(), d.foundedYear(), d.processes(), d.materials(), d.equipment(), List.of(expired), d.capacities()));
        var filter = new MemberFilter(null, null, null, null, null, null, CertificationKind.ISO_9001, cooperative, MemberFilter.Status.ALL);

        assertThat(search.search(admin, filter, 0, 10).total()).isZero();
    }

    private static MemberFilter text(String text) {
        return new MemberFilter(text, null, null, null, null, null, null, null, MemberFilter.Status.ALL);
    }

    private static MemberDetails withProcesses(MemberDetails d, Set<Process> processes) {
        return new MemberDetails(d.legalName(), d.nib(), d.ownerName(), d.address(), d.location(), d.workforce(), d.foundedYear(),
                processes, d.materials(), d.equipment(), d.certifications(), d.capacities());
    }

    private long newCooperative(String name) {
        long cluster = directory.register(new Cluster("Sentra " + name, "Klaten", "Jawa Tengah", null));
        return directory.register(new Cooperative(name, cluster, 1976, null, "Klaten", "Jawa Tengah", null));
    }

    private static MemberDetails details(String nib, String name) {
        return MemberRegistryTests.details(nib, name);
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
