package id.sentra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.sentra.registry.Equipment;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.FurnaceType;
import id.sentra.registry.MemberDetails;

/** The generator's own rules, checked without a database. */
class DemoGeneratorTests {

    @Test
    void workforceSpreadHitsTheTotalExactlyWithinBounds() {
        int[] workforce = Workforces.spread(new Random(7), 167, 4_436);

        assertThat(Arrays.stream(workforce).sum()).isEqualTo(4_436);
        assertThat(Arrays.stream(workforce).boxed()).allMatch(w -> w >= Workforces.MIN && w <= Workforces.MAX);
    }

    @Test
    void dealGivesEachSpecialityItsShareOfTheMembers() {
        var dealt = Specialities.deal(Specialities.CEPER, 167, new Random(7));
        var counts = dealt.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(dealt).hasSize(167);
        int totalShare = Specialities.CEPER.stream().mapToInt(Speciality::share).sum();
        Specialities.CEPER.forEach(s -> assertThat(counts.get(s)).isBetween(167L * s.share() / totalShare,
                167L * s.share() / totalShare + 1));
    }

    @Test
    void noGeneratedMemberGetsTheMachinesTheCarMakerDonated() {
        var generated = CeperMembers.generate().stream().skip(1).toList();

        assertThat(generated).noneMatch(m -> m.equipment().stream().anyMatch(e -> e.kind() == EquipmentKind.SPECTROMETER
                || e.kind() == EquipmentKind.CORE_MAKING || e.kind() == EquipmentKind.MOULDING_LINE
                || e.kind() == EquipmentKind.CNC_MILLING));
        assertThat(TegalMembers.generate()).noneMatch(m -> m.equipment().stream()
                .anyMatch(e -> e.kind() == EquipmentKind.SPECTROMETER));
    }

    @Test
    void furnacesStayWithinTheSizesFoundInTheCluster() {
        var furnaces = CeperMembers.generate().stream().map(MemberDetails::equipment).flatMap(List::stream)
                .filter(e -> e.kind() == EquipmentKind.FURNACE).toList();

        assertThat(furnaces).filteredOn(e -> e.furnaceType() == FurnaceType.CUPOLA)
                .allMatch(e -> e.kgPerHeat() >= 500 && e.kgPerHeat() <= 3_000 && e.heatsPerDay() <= 4);
        assertThat(furnaces).filteredOn(e -> e.furnaceType() == FurnaceType.INDUCTION)
                .allMatch(e -> e.kgPerHeat() >= 250 && e.kgPerHeat() <= 1_000 && e.heatsPerDay() <= 8);
        assertThat(furnaces).extracting(Equipment::furnaceType).filteredOn(t -> t == FurnaceType.CUPOLA)
                .hasSizeGreaterThan(furnaces.size() / 2);
    }
}
