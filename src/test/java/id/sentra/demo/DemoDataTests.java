package id.sentra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.MemberDetails;

/** What someone opening the demo would check: the cluster as the articles describe it, and logins that work. */
@SentraIntegrationTest
class DemoDataTests {

    private static final String BATUR_JAYA_MEMBERS =
            " from member m join cooperative c on c.id = m.cooperative_id where c.name = 'Koperasi Batur Jaya'";

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired DemoData demoData;

    @Test
    void koperasiBaturJayaHas168ActiveMembers() {
        assertThat(count("select count(*)" + BATUR_JAYA_MEMBERS + " and m.active")).isEqualTo(168);
    }

    @Test
    void baturJayaWorkforceAddsUpToAbout4500() {
        assertThat(count("select sum(m.workforce)" + BATUR_JAYA_MEMBERS)).isBetween(4_400L, 4_600L);
    }

    @Test
    void exactlyOneMemberHoldsTheDonatedMachinesAndItIsTheDemoMembersIkm() {
        var holders = jdbc.sql("select distinct e.member_id from member_equipment e where e.kind = 'SPECTROMETER'")
                .query(Long.class).list();
        var donated = jdbc.sql("select e.kind from member_equipment e where e.member_id = :id order by e.kind")
                .param("id", holders.getFirst()).query(String.class).list();

        assertThat(holders).hasSize(1);
        assertThat(donated).contains("SPECTROMETER", "CORE_MAKING", "MOULDING_LINE", "CNC_MILLING");
        assertThat(account("member").memberId()).isEqualTo(holders.getFirst());
        assertThat(jdbc.sql("select legal_name from member where id = :id").param("id", holders.getFirst())
                .query(String.class).single()).isEqualTo(SpectrometerMember.LEGAL_NAME);
    }

    @Test
    void mostFurnacesAreCupolas() {
        long furnaces = count("select count(*) from member_equipment where kind = 'FURNACE'");
        long cupolas = count("select count(*) from member_equipment where kind = 'FURNACE' and furnace_type = 'CUPOLA'");

        assertThat(cupolas).isGreaterThan(furnaces / 2);
    }

    @Test
    void everyNibIsThirteenDigitsAndUnique() {
        var nibs = jdbc.sql("select nib from member").query(String.class).list();

        assertThat(nibs).allMatch(nib -> nib.matches("\\d{13}")).doesNotHaveDuplicates();
    }

    @Test
    void sixDemoAccountsExistWithTheirRolesAndScopes() {
        long baturJaya = id("select id from cooperative where name = 'Koperasi Batur Jaya'");
        long tegal = id("select id from cooperative where name = '" + DemoCooperatives.TEGAL + "'");
        long kai = id("select id from buyer where name = 'PT Kereta Api Indonesia (Persero)'");

        assertThat(account("admin")).extracting(SentraUser::role).isEqualTo(Role.ADMIN);
        assertThat(account("operator")).extracting(SentraUser::role, SentraUser::cooperativeId)
                .containsExactly(Role.OPERATOR, baturJaya);
        assertThat(account("operator.tegal")).extracting(SentraUser::role, SentraUser::cooperativeId)
                .containsExactly(Role.OPERATOR, tegal);
        assertThat(account("member")).extracting(SentraUser::role).isEqualTo(Role.MEMBER);
        assertThat(account("buyer")).extracting(SentraUser::role, SentraUser::buyerId).containsExactly(Role.BUYER, kai);
        assertThat(account("ministry")).extracting(SentraUser::role, SentraUser::displayName)
                .containsExactly(Role.MINISTRY, "Analis Ditjen IKM");
    }

    @Test
    void demoPasswordOpensEveryDemoAccount() {
        assertThat(DemoAccounts.USERNAMES)
                .allMatch(username -> passwordEncoder.matches("sentra-demo", account(username).passwordHash()));
    }

    @Test
    void buyersFromTheArticlesExist() {
        var names = jdbc.sql("select name from buyer").query(String.class).list();

        assertThat(names).contains("PT Kereta Api Indonesia (Persero)", "PT INKA (Persero)",
                "PT Toyota Motor Manufacturing Indonesia", "PT Panasonic Manufacturing Indonesia", "PT Rinnai Indonesia",
                "PT PLN (Persero)", "PT Jasa Marga (Persero) Tbk", "PT Adhi Karya (Persero) Tbk", "PT Nindya Karya (Persero)",
                "PT Waskita Karya (Persero) Tbk", "PT Shimizu");
        assertThat(names).anyMatch(name -> name.contains("PDAM")).anyMatch(name -> name.contains("Polytron"))
                .anyMatch(name -> name.contains("Sanken"));
    }

    @Test
    void tegalClusterHasItsCooperativeAndAboutFortyMembers() {
        assertThat(count("select count(*) from cluster where name = 'Sentra Logam Tegal'")).isEqualTo(1);
        assertThat(count("select count(*) from member m join cooperative c on c.id = m.cooperative_id"
                + " join cluster k on k.id = c.cluster_id where k.name = 'Sentra Logam Tegal'")).isEqualTo(40);
    }

    @Test
    void someBuyerApprovalsHaveExpiredAndOthersAreStillValid() {
        var day = Date.valueOf(LocalDate.of(2026, 11, 23));
        String approvals = "select count(*) from member_certification where kind = 'BUYER_APPROVAL' and valid_until ";

        assertThat(jdbc.sql(approvals + "< :day").param("day", day).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql(approvals + ">= :day").param("day", day).query(Long.class).single()).isPositive();
    }

    @Test
    void membersLiveInMoreThanOneKabupatenSoTheFilterMatters() {
        var kabupaten = jdbc.sql("select distinct m.kabupaten" + BATUR_JAYA_MEMBERS).query(String.class).list();

        assertThat(kabupaten).contains("Klaten", "Boyolali", "Sukoharjo");
    }

    @Test
    void monthlyCapacityNeverExceedsWhatTheFurnacesCanMelt() {
        var overstated = jdbc.sql("select m.legal_name" + BATUR_JAYA_MEMBERS + """
                 and (select coalesce(sum(k.amount), 0) from member_capacity k where k.member_id = m.id
                      and k.unit = 'KG_PER_MONTH' and k.material <> 'POLYMER_COMPOSITE')
                   > 24 * (select coalesce(sum(e.kg_per_heat * e.heats_per_day * e.units), 0) from member_equipment e
                      where e.member_id = m.id and e.kind = 'FURNACE')""").query(String.class).list();

        assertThat(overstated).isEmpty();
    }

    @Test
    void everyPastWorkOrderIsMadeInLotsOfItsOwnMembersHeatsAndShipped() {
        var unmatched = jdbc.sql("""
                select w.id from work_order w
                where w.period < :month and (w.status <> 'SHIPPED'
                   or w.pieces <> (select coalesce(sum(l.quantity_made), 0) from lot l where l.work_order_id = w.id))""")
                .param("month", java.time.YearMonth.now().atDay(1)).query(Long.class).list();
        var foreignHeats = count("""
                select count(*) from lot l join lot_heat lh on lh.lot_id = l.id join heat h on h.id = lh.heat_id
                where h.member_id <> l.member_id""");

        assertThat(count("select count(*) from lot")).isPositive();
        assertThat(unmatched).isEmpty();
        assertThat(foreignHeats).isZero();
    }

    @Test
    void eachProducingMemberMeltedEveryMonthOfTheLastYearWithItsChemistryRead() {
        var monthsPerMember = jdbc.sql("""
                select count(distinct extract(year from melted_on) * 100 + extract(month from melted_on))
                from heat group by member_id""").query(Long.class).list();
        long heatsWithoutCarbon = count("""
                select count(*) from heat h where not exists
                (select 1 from heat_reading r where r.heat_id = h.id and r.element = 'C')""");

        assertThat(monthsPerMember).isNotEmpty().allSatisfy(months -> assertThat(months).isEqualTo(12L));
        assertThat(heatsWithoutCarbon).isZero();
    }

    @Test
    void membersMeltDifferentlySoTheirRecordsDiffer() {
        var spreads = jdbc.sql("""
                select stddev_samp(r.mass_percent) from heat h join heat_reading r on r.heat_id = h.id and r.element = 'C'
                where h.grade_code = 'RDSO-MTD-101-94' group by h.member_id""").query(Double.class).list();

        assertThat(spreads).hasSizeGreaterThan(3);
        assertThat(spreads.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .isGreaterThan(1.5 * spreads.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    }

    @Test
    void aSecondStartLeavesTheLoadedDatabaseAlone() {
        long members = count("select count(*) from member");
        long accountRows = count("select count(*) from account");

        demoData.start();

        assertThat(count("select count(*) from member")).isEqualTo(members);
        assertThat(count("select count(*) from account")).isEqualTo(accountRows);
        assertThat(count("select count(*) from cluster where name = 'Sentra Logam Ceper'")).isEqualTo(1);
    }

    @Test
    void generatingTwiceFromTheSeedGivesTheSameMembers() {
        assertThat(CeperMembers.generate()).isEqualTo(CeperMembers.generate());
        assertThat(TegalMembers.generate()).isEqualTo(TegalMembers.generate());
    }

    @Test
    void loadedMembersAreTheOnesTheSeedGenerates() {
        var stored = jdbc.sql("select m.nib" + BATUR_JAYA_MEMBERS).query(String.class).list();

        var generated = CeperMembers.generate().stream().map(MemberDetails::nib).toList();

        assertThat(stored).containsExactlyInAnyOrderElementsOf(generated);
    }

    @Test
    void loginBlockNamesEveryDemoLoginWithItsRole() {
        var block = DemoAccounts.block(DemoAccounts.USERNAMES.stream().map(this::account).toList());

        assertThat(block).startsWith("Demo logins (password sentra-demo):")
                .contains("admin", "ADMIN", "operator.tegal", "OPERATOR", "member", "MEMBER", "buyer", "BUYER",
                        "ministry", "MINISTRY");
        assertThat(block.lines()).hasSize(1 + 6);
    }

    private SentraUser account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
