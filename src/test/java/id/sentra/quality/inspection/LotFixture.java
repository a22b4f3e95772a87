package id.sentra.quality.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.allocation.WorkOrderProgress;
import id.sentra.demand.ContractParts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.ChemistryLimit;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;
import id.sentra.quality.NewSpecification;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.SpecRevision;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.Specifications;
import id.sentra.quality.production.HeatDraft;

/**
 * A released work order of a member whose part has a specification (one is added where the demo has none), and
 * figures that meet that specification: readings in the middle of each limit, tensile above the minimum.
 */
public record LotFixture(long workOrderId, long specId, int pieces, SpecRevision revision, Map<Element, Limits> chemistry) {

    public static final LocalDate DAY = LocalDate.of(2027, 3, 2);

    /**
     * The member's newest released work order whose part has a specification, in force on {@link #DAY}, limits
     * some chemistry (a specification is added for a part without one); other parts are passed over.
     */
    public static LotFixture forMember(JdbcClient jdbc, Specifications specs, ContractParts parts, WorkOrderProgress orders,
                                       SentraUser member, SentraUser admin) {
        var released = jdbc.sql("select id from work_order where member_id = :m and status = 'RELEASED' order by id desc")
                .param("m", member.memberId()).query(Long.class).list();
        return first(released, jdbc, specs, parts, orders, admin)
                .orElseThrow(() -> new IllegalStateException("no released work order of member " + member.memberId()
                        + " with a specification in force on " + DAY));
    }

    /**
     * A work order of the member already in production with room for {@code pieces} more, so a test that only adds a few
     * lots does not use up one of the demo's released orders; one is started where none has room.
     */
    public static LotFixture inProduction(JdbcClient jdbc, Specifications specs, ContractParts parts, WorkOrderProgress orders,
                                          SentraUser member, SentraUser admin, int pieces) {
        var started = jdbc.sql("select w.id from work_order w where w.member_id = :m and w.status = 'IN_PRODUCTION'"
                        + " and w.pieces - coalesce((select sum(l.quantity_made) from lot l where l.work_order_id = w.id), 0) >= :n"
                        + " order by w.id desc").param("m", member.memberId()).param("n", pieces).query(Long.class).list();
        return first(started, jdbc, specs, parts, orders, admin).orElseGet(() -> {
            var fixture = forMember(jdbc, specs, parts, orders, member, admin);
            orders.startProduction(member, fixture.workOrderId(), orders.find(fixture.workOrderId()).orElseThrow().version());
            return fixture;
        });
    }

    private static java.util.Optional<LotFixture> first(List<Long> candidates, JdbcClient jdbc, Specifications specs,
                                                        ContractParts parts, WorkOrderProgress orders, SentraUser admin) {
        for (long order : candidates) {
            var wo = orders.find(order).orElseThrow();
            var part = parts.part(wo.contractId(), wo.lineNo());
            if (part.isEmpty()) {
                continue;
            }
            var spec = specs.specificationForPart(wo.cooperativeId(), part.get().buyerId(), part.get().buyerPartNumber());
            long specId = spec.isPresent() ? spec.get().id() : specs.create(admin, new NewSpecification(wo.cooperativeId(), part.get().buyerId(),
                    part.get().buyerPartNumber(), part.get().partName(), new RevisionRequest(LocalDate.of(2020, 1, 1), "Uji inspeksi",
                    new RevisionContent("DWG-UJI", "A", "FC250", null,
                            List.of(new Characteristic("Tebal", CharacteristicKind.DIMENSION, "mm", new BigDecimal("10"), Limits.of("10", "11"), true)),
                            List.of(ChemistryLimit.fromDrawing(Element.P, Limits.of("0.20", "0.40")))))));
            var revision = specs.revisionInForce(specId, DAY);
            if (revision.isPresent() && !specs.chemistryLimits(revision.get()).isEmpty()) {
                return java.util.Optional.of(new LotFixture(order, specId, wo.pieces(), revision.get(), specs.chemistryLimits(revision.get())));
            }
        }
        return java.util.Optional.empty();
    }

    public String grade() {
        return revision.content().gradeCode();
    }

    /** Each limited element in the middle of its limits (a maximum only: half of it). */
    public Map<Element, BigDecimal> goodReadings() {
        var readings = new EnumMap<Element, BigDecimal>(Element.class);
        chemistry.forEach((element, limits) -> readings.put(element, middle(limits)));
        return readings;
    }

    /** The first limited element just above its maximum (or below its minimum), the rest in range. */
    public Map<Element, BigDecimal> oneOutOfRange() {
        var readings = goodReadings();
        var element = firstLimited();
        var limits = chemistry.get(element);
        readings.put(element, limits.max() != null ? limits.max().add(new BigDecimal("0.05")) : limits.min().subtract(new BigDecimal("0.05")));
        return readings;
    }

    public Element firstLimited() {
        return chemistry.keySet().stream().sorted().findFirst().orElseThrow();
    }

    public HeatDraft heat(String number, Map<Element, BigDecimal> readings, Specifications specs) {
        var minimum = specs.tensileMinimum(grade(), SpecimenKind.SEPARATELY_CAST, BigDecimal.TEN);
        Integer tensile = minimum.map(m -> m.mpa() + 40).orElse(null);
        Integer hardness = specs.hardnessLimits(revision).map(l -> middle(l).intValue()).orElse(null);
        return new HeatDraft("Kupola 1", DAY, number, grade(), readings, tensile, hardness,
                tensile == null && hardness == null ? null : SpecimenKind.SEPARATELY_CAST, List.of());
    }

    /** A value inside every characteristic's limits for each part. */
    public Map<String, List<BigDecimal>> goodMeasurements(int parts) {
        var values = new java.util.HashMap<String, List<BigDecimal>>();
        revision.content().characteristics().forEach(c -> values.put(c.name(),
                java.util.Collections.nCopies(parts, middle(c.limits()))));
        return values;
    }

    static BigDecimal middle(Limits limits) {
        if (limits.min() != null && limits.max() != null) {
            return limits.min().add(limits.max()).divide(BigDecimal.TWO, 4, RoundingMode.HALF_UP);
        }
        if (limits.max() != null) {
            return limits.max().divide(BigDecimal.TWO, 4, RoundingMode.HALF_UP);
        }
        return limits.min().add(BigDecimal.ONE);
    }
}
