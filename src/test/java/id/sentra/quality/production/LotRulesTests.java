package id.sentra.quality.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.DefectCode;
import id.sentra.quality.spec.GradeLibrary;
import id.sentra.registry.MaterialFamily;

class LotRulesTests {

    private static final long MEMBER = 7;
    private static final GradeFamilies GRADES = new GradeFamilies(new GradeLibrary()::grade);

    private static Heat heat(long id, long memberId, String grade) {
        var heat = new Heat(1, memberId, "Kupola 1", LocalDate.of(2027, 2, 1), "H-" + id, grade);
        ReflectionTestUtils.setField(heat, "id", id);
        return heat;
    }

    private static LotDraft lot(int made, long... heatIds) {
        return new LotDraft(LocalDate.of(2027, 2, 4), made, java.util.Arrays.stream(heatIds).boxed().toList(), Map.of());
    }

    private static List<String> keys(LotDraft draft, LotRules.Order order, List<Heat> heats) {
        return LotRules.check(draft, order, heats, GRADES).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void acceptsALotThatFillsTheWorkOrderExactly() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 60);
        assertThat(LotRules.check(lot(40, 1), order, List.of(heat(1, MEMBER, "FC250")), GRADES)).isEmpty();
    }

    @Test
    void refusesALotThatTakesTheWorkOrderPastItsPiecesAndSaysWhatRemains() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 60);
        var problems = LotRules.check(lot(41, 1), order, List.of(heat(1, MEMBER, "FC250")), GRADES);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("lot.quantity.exceeds");
        assertThat(problems.get(0).arguments()).containsExactly(40, 100);
    }

    @Test
    void refusesAnotherMembersHeat() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 0);
        assertThat(keys(lot(10, 2), order, List.of(heat(2, 99, "FC250")))).containsExactly("heatIds:lot.heat.notOwn");
    }

    @Test
    void refusesAHeatThatDoesNotExist() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 0);
        assertThat(keys(lot(10, 3), order, List.of())).containsExactly("heatIds:lot.heat.notOwn");
    }

    @Test
    void refusesADuctileHeatForAGreyIronOrder() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 0);
        assertThat(keys(lot(10, 1), order, List.of(heat(1, MEMBER, "FCD450-10")))).containsExactly("heatIds:lot.heat.grade");
    }

    @Test
    void refusesAGreyHeatForADuctileOrderByItsEnDesignation() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.DUCTILE_IRON, 100, 0);
        assertThat(keys(lot(10, 1), order, List.of(heat(1, MEMBER, "EN-GJL-250")))).containsExactly("heatIds:lot.heat.grade");
    }

    @Test
    void acceptsAGreyHeatForPhosphoricBrakeBlockIron() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.HIGH_PHOSPHORUS_IRON, 100, 0);
        assertThat(LotRules.check(lot(10, 1), order, List.of(heat(1, MEMBER, "FC200")), GRADES)).isEmpty();
    }

    @Test
    void refusesAHeatWhoseGradeTheLibraryDoesNotKnow() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 0);
        assertThat(keys(lot(10, 1), order, List.of(heat(1, MEMBER, "BB-P1")))).containsExactly("heatIds:lot.heat.grade");
    }

    @Test
    void acceptsTheLibrarysPhosphoricGradeForABrakeBlockOrder() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.HIGH_PHOSPHORUS_IRON, 100, 0);
        assertThat(keys(lot(10, 1), order, List.of(heat(1, MEMBER, "RDSO-MTD-101-94")))).isEmpty();
    }

    @Test
    void requiresAtLeastOneHeatAndGoodPieces() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 0);
        assertThat(keys(lot(0), order, List.of())).containsExactlyInAnyOrder("quantityMade:field.positive", "heatIds:lot.heats.required");
    }

    @Test
    void refusesNegativeScrap() {
        var order = new LotRules.Order(MEMBER, MaterialFamily.GREY_IRON, 100, 0);
        var draft = new LotDraft(LocalDate.of(2027, 2, 4), 10, List.of(1L), Map.of(DefectCode.POROSITY, -1));
        assertThat(keys(draft, order, List.of(heat(1, MEMBER, "FC250")))).containsExactly("scrapped[POROSITY]:lot.scrap.negative");
    }
}
