package id.sentra.demo;

import static id.sentra.registry.FurnaceType.CRUCIBLE;
import static id.sentra.registry.FurnaceType.CUPOLA;
import static id.sentra.registry.FurnaceType.INDUCTION;
import static id.sentra.registry.MaterialFamily.ALUMINIUM;
import static id.sentra.registry.MaterialFamily.BRASS_BRONZE;
import static id.sentra.registry.MaterialFamily.DUCTILE_IRON;
import static id.sentra.registry.MaterialFamily.GREY_IRON;
import static id.sentra.registry.MaterialFamily.HIGH_PHOSPHORUS_IRON;
import static id.sentra.registry.MaterialFamily.POLYMER_COMPOSITE;
import static id.sentra.registry.MaterialFamily.STEEL;
import static id.sentra.registry.Process.COMPOSITE_PRESSING;
import static id.sentra.registry.Process.MACHINING;
import static id.sentra.registry.Process.PAINTING_COATING;
import static id.sentra.registry.Process.SAND_CASTING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.FurnaceType;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** The trades of each cluster as the articles describe them, and how they are dealt out over its members. */
final class Specialities {

    /** Ceper: water-utility fittings, manhole covers, brake blocks, pumps, stove burners, weights, antiques. */
    static final List<Speciality> CEPER = List.of(
            trade("Perlengkapan pipa PDAM", 8, CUPOLA, 16, List.of(GREY_IRON), SAND_CASTING, PAINTING_COATING),
            trade("Tutup manhole", 55, CUPOLA, 14, List.of(GREY_IRON), SAND_CASTING, PAINTING_COATING),
            trade("Blok rem kereta", 11, CUPOLA, 16, List.of(HIGH_PHOSPHORUS_IRON, GREY_IRON), SAND_CASTING),
            trade("Rumah pompa air", 3.5, CUPOLA, 10, List.of(GREY_IRON), SAND_CASTING, MACHINING),
            trade("Burner kompor gas", 0.8, CUPOLA, 9, List.of(GREY_IRON), SAND_CASTING, PAINTING_COATING),
            trade("Anak timbangan dan pemberat", 10, CUPOLA, 7, List.of(GREY_IRON), SAND_CASTING),
            trade("Kursi dan lampu antik", 18, CUPOLA, 5, List.of(GREY_IRON), SAND_CASTING, PAINTING_COATING),
            trade("Komponen kendaraan", 2.5, INDUCTION, 8, List.of(GREY_IRON, DUCTILE_IRON), SAND_CASTING, MACHINING),
            trade("Fitting pipa besi ulet", 6, INDUCTION, 6, List.of(DUCTILE_IRON, GREY_IRON), SAND_CASTING, MACHINING),
            trade("Suku cadang kereta", 14, INDUCTION, 4, List.of(STEEL), SAND_CASTING, MACHINING),
            trade("Komponen kapal", 18, INDUCTION, 3, List.of(STEEL, GREY_IRON), SAND_CASTING),
            trade("Komponen pompa aluminium", 1.2, CRUCIBLE, 4, List.of(ALUMINIUM), SAND_CASTING),
            trade("Kran dan ornamen kuningan", 0.9, CRUCIBLE, 3, List.of(BRASS_BRONZE), SAND_CASTING),
            trade("Blok rem komposit", 7, null, 3, List.of(POLYMER_COMPOSITE), COMPOSITE_PRESSING));

    /** Tegal: agricultural machinery, ship components, heavy machinery and automotive parts. */
    static final List<Speciality> TEGAL = List.of(
            trade("Komponen traktor tangan", 4, CUPOLA, 30, List.of(GREY_IRON), SAND_CASTING, MACHINING),
            trade("Pulley dan roda gigi mesin pertanian", 2.5, INDUCTION, 15, List.of(DUCTILE_IRON, GREY_IRON),
                    SAND_CASTING, MACHINING),
            trade("Komponen mesin kapal", 15, CUPOLA, 13, List.of(GREY_IRON), SAND_CASTING, MACHINING),
            trade("Baling-baling kapal", 25, CRUCIBLE, 12, List.of(BRASS_BRONZE), SAND_CASTING, MACHINING),
            trade("Komponen otomotif", 1.5, INDUCTION, 20, List.of(DUCTILE_IRON, GREY_IRON), SAND_CASTING, MACHINING),
            trade("Komponen mesin berat", 40, INDUCTION, 10, List.of(STEEL), SAND_CASTING));

    private Specialities() {
    }

    private static Speciality trade(String product, double kgPerPiece, @Nullable FurnaceType furnace, int share,
                                    List<MaterialFamily> materials, Process... processes) {
        return new Speciality(product, kgPerPiece, furnace, materials, Set.of(processes), share);
    }

    /**
     * One speciality per member, in proportion to the shares (largest remainder, so the counts are exact
     * rather than left to chance), then shuffled.
     */
    static List<Speciality> deal(List<Speciality> specialities, int members, Random random) {
        int totalShare = specialities.stream().mapToInt(Speciality::share).sum();
        var dealt = new ArrayList<Speciality>();
        var byRemainder = new ArrayList<Speciality>(specialities);
        for (var speciality : specialities) {
            dealt.addAll(Collections.nCopies(speciality.share() * members / totalShare, speciality));
        }
        byRemainder.sort(Comparator.comparingInt((Speciality s) -> s.share() * members % totalShare).reversed());
        for (int i = 0; dealt.size() < members; i++) {
            dealt.add(byRemainder.get(i));
        }
        Collections.shuffle(dealt, random);
        return dealt;
    }
}
