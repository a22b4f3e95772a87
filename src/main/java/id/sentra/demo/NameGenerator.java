package id.sentra.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invents business names, owner names and NIBs that look Indonesian and never repeat. Business names
 * join two made-up syllables with a trade word, so no real firm is named by accident.
 */
final class NameGenerator {

    private static final List<String> FORMS = List.of("UD", "UD", "CV", "CV", "CV", "PT");
    private static final List<String> HEADS = List.of("Ba", "Su", "Wi", "Pra", "Ma", "Sa", "Da", "Ka", "Ra", "Ti",
            "Gu", "Ha", "Ne", "Sri", "Pur", "Jat", "Ar", "Se", "Bu", "Dwi");
    private static final List<String> TAILS = List.of("tama", "jaya", "mulya", "karta", "guna", "wangsa", "mas", "dhana",
            "sakti", "rejo", "wiguna", "pura", "tirta", "sena", "yasa", "mukti", "darma", "laras");
    private static final List<String> TRADES = List.of("Logam", "Cor", "Teknik", "Metal", "Besi", "Abadi", "Mandiri",
            "Utama", "Makmur", "Perkasa", "Sejahtera", "Cipta");
    private static final List<String> GIVEN = List.of("Agus", "Bambang", "Budi", "Dwi", "Eko", "Hadi", "Joko", "Sri",
            "Siti", "Tri", "Wahyu", "Yuli", "Rina", "Endang", "Sugeng", "Slamet", "Suparno", "Heru", "Wiwik", "Retno",
            "Sutrisno", "Purwanto", "Sumarni", "Haryati", "Gunawan", "Nanik", "Darmadi", "Suwarno", "Ani", "Kuswanto");
    private static final List<String> FAMILY = List.of("Santoso", "Wibowo", "Susanto", "Purnomo", "Prasetyo", "Hartono",
            "Nugroho", "Setiawan", "Kurniawan", "Rahayu", "Lestari", "Suryani", "Wulandari", "Haryanto", "Sulistyo",
            "Saputro", "Wijayanto", "Pamungkas", "Handayani", "Subagyo");

    private final Random random;
    private final String nibPrefix;
    private final Set<String> used = new HashSet<>();

    /** NIBs start with {@code nibPrefix}, so two generators with different prefixes never collide. */
    NameGenerator(Random random, String nibPrefix, Set<String> reserved) {
        this.random = random;
        this.nibPrefix = nibPrefix;
        this.used.addAll(reserved);
    }

    String business() {
        String name;
        do {
            name = pick(FORMS) + " " + pick(HEADS) + pick(TAILS) + " " + pick(TRADES);
        } while (!used.add(name));
        return name;
    }

    String owner() {
        return random.nextInt(10) < 3 ? pick(GIVEN) : pick(GIVEN) + " " + pick(FAMILY);
    }

    /** Thirteen digits, as OSS issues them (see {@link id.sentra.registry.Nib}). */
    String nib() {
        String nib;
        do {
            var digits = new StringBuilder(nibPrefix);
            while (digits.length() < 13) {
                digits.append(random.nextInt(10));
            }
            nib = digits.toString();
        } while (!used.add(nib));
        return nib;
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
