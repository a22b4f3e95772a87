package id.sentra.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.AuditTrail;
import id.sentra.platform.audit.Audited;
import id.sentra.platform.security.SentraUser;

/**
 * What each member charges the cooperative per kilogram of a material family. Internal to the
 * cooperative: a member sees only its own prices, a buyer or the ministry none; ranking across
 * clusters uses only where a price stands against the median, never the price itself.
 */
@Service
public class MemberPrices {

    private final JdbcClient jdbc;
    private final Members members;
    private final AuditTrail audit;
    private final PriceLevels levels;
    private final Clock clock;

    MemberPrices(JdbcClient jdbc, Members members, AuditTrail audit, PriceLevels levels, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.audit = audit;
        this.levels = levels;
        this.clock = clock;
    }

    /** Member id to rupiah per kilogram, for one material family. For planning inside the application. */
    @Transactional(readOnly = true)
    public Map<Long, Long> perKg(MaterialFamily material) {
        var prices = new HashMap<Long, Long>();
        jdbc.sql("select member_id, rupiah_per_kg from member_price where material = :material")
                .param("material", material.name())
                .query(rs -> {
                    prices.put(rs.getLong("member_id"), rs.getLong("rupiah_per_kg"));
                });
        return prices;
    }

    /**
     * Member id to its price divided by the median price of all priced members for the material:
     * 0.9 means ten percent below the median. A level, not a price, so it may inform any ranking.
     */
    /**
     * Member id to its price divided by the median price of all priced members for the material:
     * 0.9 means ten percent below the median. A level, not a price, so it may inform any ranking. Kept in memory and
     * refreshed from the prices changed since the last call ({@link PriceLevels}).
     */
    public Map<Long, Double> levels(MaterialFamily material) {
        return levels.of(material);
    }

    /** A member's price list: every material it pours, priced or not. For the member itself and its cooperative. */
    @Transactional(readOnly = true)
    public List<MemberPrice> of(SentraUser user, long memberId) {
        var member = member(memberId);
        if (!RegistryAccess.seesInternals(user, member)) {
            throw new AccessDeniedException("Prices of member " + memberId + " are internal");
        }
        return priceList(member);
    }

    /**
     * Changes a member's prices, all or nothing. Each change names the price it replaces, so that a
     * price someone else changed meanwhile is refused rather than overwritten.
     */
    @Transactional
    public void change(SentraUser user, long memberId, List<PriceChange> changes) {
        var member = member(memberId);
        RegistryAccess.requireManage(user, member.cooperativeId());
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < changes.size(); i++) {
            var change = changes.get(i);
            if (!member.materials().contains(change.material())) {
                problems.add(FieldProblem.of("prices[" + i + "].material", "price.material.notPoured"));
            } else if (change.rupiahPerKg() < 1) {
                problems.add(FieldProblem.of("prices[" + i + "].rupiahPerKg", "price.positive"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (var change : changes) {
            if (!compareAndSet(memberId, change)) {
                throw new StaleRecordException("memberPrices", memberId);
            }
        }
        audit.recordSaved(new PriceList(memberId, snapshot(priceList(member))));
    }

    /** Loads a price without an access check: for the demo data and tests, which act as the system. */
    @Transactional
    public void set(long memberId, MaterialFamily material, long rupiahPerKg) {
        if (rupiahPerKg < 1) {
            throw new IllegalArgumentException("A price is at least one rupiah per kilogram");
        }
        var current = perMaterial(memberId).get(material);
        compareAndSet(memberId, new PriceChange(material, current, rupiahPerKg));
    }

    private boolean compareAndSet(long memberId, PriceChange change) {
        if (change.previous() == null) {
            if (perMaterial(memberId).containsKey(change.material())) {
                return false;
            }
            jdbc.sql("""
                    insert into member_price (member_id, material, rupiah_per_kg, modified_at)
                    values (:member, :material, :price, :now)""")
                    .param("member", memberId).param("material", change.material().name()).param("price", change.rupiahPerKg())
                    .param("now", now()).update();
            return true;
        }
        return jdbc.sql("""
                update member_price set rupiah_per_kg = :price, modified_at = :now
                where member_id = :member and material = :material and rupiah_per_kg = :previous""")
                .param("price", change.rupiahPerKg()).param("now", now()).param("member", memberId)
                .param("material", change.material().name()).param("previous", change.previous())
                .update() == 1;
    }

    /** The kept levels find a change by this time (V19), stamped by the same clock they read. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private List<MemberPrice> priceList(Member member) {
        var prices = perMaterial(member.getId());
        return member.materials().stream().sorted()
                .map(m -> new MemberPrice(m, prices.get(m))).toList();
    }

    private Map<MaterialFamily, Long> perMaterial(@Nullable Long memberId) {
        var prices = new EnumMap<MaterialFamily, Long>(MaterialFamily.class);
        jdbc.sql("select material, rupiah_per_kg from member_price where member_id = :member")
                .param("member", memberId)
                .query(rs -> {
                    prices.put(MaterialFamily.valueOf(rs.getString("material")), rs.getLong("rupiah_per_kg"));
                });
        return prices;
    }

    private static Map<String, Long> snapshot(List<MemberPrice> prices) {
        var byName = new TreeMap<String, Long>();
        prices.stream().filter(p -> p.rupiahPerKg() != null).forEach(p -> byName.put(p.material().name(), p.rupiahPerKg()));
        return byName;
    }

    private Member member(long id) {
        return members.findById(id).orElseThrow(() -> new RecordNotFoundException("member", id));
    }

    /** A new price for one material, with the price it replaces (null when the material had none). */
    public record PriceChange(MaterialFamily material, @Nullable Long previous, long rupiahPerKg) {
    }

    /** The audit trail's view of a member's prices: one record per member, its prices by material. */
    record PriceList(Long id, Map<String, Long> prices) implements Audited {
        @Override
        public Long getId() { return id; }

        @Override
        public String auditType() { return "memberPrices"; }
    }
}
