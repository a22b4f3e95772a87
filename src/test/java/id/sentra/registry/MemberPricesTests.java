package id.sentra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.AuditTrail;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.MemberPrices.PriceChange;

/** Members' prices: who sees and changes them, and that a concurrent change is not overwritten. Uses Tegal members, whom no demo contract touches. */
@SentraIntegrationTest
class MemberPricesTests {

    @Autowired MemberPrices prices;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    @Test
    void theOperatorChangesAPriceAndTheChangeIsInTheTrail() {
        long member = tegalMemberPouring(MaterialFamily.GREY_IRON);
        Long before = price(member, MaterialFamily.GREY_IRON);

        prices.change(user("operator.tegal"), member, List.of(new PriceChange(MaterialFamily.GREY_IRON, before, 15_250)));

        assertThat(prices.of(user("operator.tegal"), member)).contains(new MemberPrice(MaterialFamily.GREY_IRON, 15_250L));
        assertThat(audit.history("memberPrices", member)).isNotEmpty();
    }

    @Test
    void aChangeBasedOnAnOldPriceIsRefusedAndNothingOfItIsSaved() {
        long member = tegalMemberPouring(MaterialFamily.GREY_IRON);
        Long before = price(member, MaterialFamily.GREY_IRON);
        prices.change(user("operator.tegal"), member, List.of(new PriceChange(MaterialFamily.GREY_IRON, before, before + 100)));

        assertThatThrownBy(() -> prices.change(user("operator.tegal"), member,
                List.of(new PriceChange(MaterialFamily.GREY_IRON, before, before + 500))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(price(member, MaterialFamily.GREY_IRON)).isEqualTo(before + 100);
    }

    @Test
    void aPriceForAMaterialTheMemberDoesNotPourIsRefusedWithTheRowAtFault() {
        long member = tegalMemberPouring(MaterialFamily.GREY_IRON);
        var notPoured = jdbc.sql("""
                select m.material from (select 'BRASS_BRONZE' as material union select 'STEEL' union select 'ALUMINIUM') m
                where m.material not in (select material from member_material where member_id = :id)""")
                .param("id", member).query(String.class).list().getFirst();

        assertThatThrownBy(() -> prices.change(user("operator.tegal"), member, List.of(
                new PriceChange(MaterialFamily.GREY_IRON, price(member, MaterialFamily.GREY_IRON), 1),
                new PriceChange(MaterialFamily.valueOf(notPoured), null, 20_000))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.messageKey())
                        .containsExactly("prices[1].material price.material.notPoured"));
    }

    @Test
    void anotherCooperativesOperatorNeitherSeesNorChangesThePrices() {
        long member = tegalMemberPouring(MaterialFamily.GREY_IRON);

        assertThatThrownBy(() -> prices.of(user("operator"), member)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> prices.change(user("operator"), member, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberSeesItsOwnPricesButMayNotChangeThem() {
        var member = user("member");

        assertThat(prices.of(member, member.memberId())).isNotEmpty();
        assertThatThrownBy(() -> prices.change(member, member.memberId(), List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBuyerSeesNoMemberPrices() {
        assertThatThrownBy(() -> prices.of(user("buyer"), user("member").memberId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void levelsAreAgainstTheMedianSoNoMoreThanHalfStandOnEitherSide() {
        var perKg = prices.perKg(MaterialFamily.HIGH_PHOSPHORUS_IRON);
        var levels = prices.levels(MaterialFamily.HIGH_PHOSPHORUS_IRON);
        var sorted = perKg.values().stream().sorted().toList();

        long cheapest = perKg.entrySet().stream().filter(e -> e.getValue().equals(sorted.getFirst())).findFirst().orElseThrow().getKey();
        assertThat(levels).hasSameSizeAs(perKg);
        assertThat(levels.get(cheapest)).isLessThan(1.0);
        assertThat(levels.values().stream().filter(l -> l < 1.0).count()).isLessThanOrEqualTo(levels.size() / 2);
        assertThat(levels.values().stream().filter(l -> l > 1.0).count()).isLessThanOrEqualTo(levels.size() / 2);
    }

    private long tegalMemberPouring(MaterialFamily material) {
        return jdbc.sql("""
                select m.id from member m join member_material mm on mm.member_id = m.id
                join account a on a.cooperative_id = m.cooperative_id and a.username = 'operator.tegal'
                join member_price p on p.member_id = m.id and p.material = mm.material
                where mm.material = :material order by m.id fetch first 1 rows only""")
                .param("material", material.name()).query(Long.class).single();
    }

    private Long price(long member, MaterialFamily material) {
        return prices.perKg(material).get(member);
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
