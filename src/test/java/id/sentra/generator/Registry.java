package id.sentra.generator;

/**
 * The shape of the national registry, answered by arithmetic rather than held in memory: which cooperative a member
 * belongs to (members are numbered cooperative by cooperative), which cluster a cooperative is in, and what each
 * member can cast and machine — asked again by the demand and production parts to pick eligible members.
 */
final class Registry {

    static final String[][] CLUSTERS = {
            {"Sentra Ceper", "Klaten", "Jawa Tengah", "-7.6790", "110.6730"},
            {"Sentra Tegal", "Tegal", "Jawa Tengah", "-6.8690", "109.1400"},
            {"Sentra Yogyakarta", "Bantul", "DI Yogyakarta", "-7.8880", "110.3290"},
            {"Sentra Sukabumi", "Sukabumi", "Jawa Barat", "-6.9180", "106.9260"},
            {"Sentra Purbalingga", "Purbalingga", "Jawa Tengah", "-7.3880", "109.3640"},
            {"Sentra Semarang", "Kota Semarang", "Jawa Tengah", "-6.9930", "110.4200"},
            {"Sentra Pasuruan", "Pasuruan", "Jawa Timur", "-7.6450", "112.9080"},
            {"Sentra Sidoarjo", "Sidoarjo", "Jawa Timur", "-7.4470", "112.7180"},
            {"Sentra Jabodetabek", "Bekasi", "Jawa Barat", "-6.2380", "106.9750"}};

    private final Volumes volumes;
    private final Seeds seeds;

    Registry(Volumes volumes, Seeds seeds) {
        this.volumes = volumes;
        this.seeds = seeds;
    }

    int clusterOf(int cooperative) {
        return (cooperative - 1) % CLUSTERS.length + 1;
    }

    long firstMember(int cooperative) {
        return Volumes.before(volumes.members(), volumes.cooperatives(), cooperative - 1) + 1;
    }

    int memberCount(int cooperative) {
        return (int) Volumes.share(volumes.members(), volumes.cooperatives(), cooperative - 1);
    }

    int cooperativeOf(long member) {
        int low = 1, high = volumes.cooperatives();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (firstMember(middle) <= member) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** Every member casts grey iron; half also ductile iron, one in five the phosphoric iron of brake blocks. */
    boolean casts(long member, String family) {
        long hash = seeds.hash(Seeds.MEMBER, member);
        return switch (family) {
            case "GREY_IRON" -> true;
            case "DUCTILE_IRON" -> hash % 2 == 0;
            case "HIGH_PHOSPHORUS_IRON" -> hash / 2 % 5 == 0;
            default -> false;
        };
    }

    /** Two in five members machine their castings. */
    boolean machines(long member) {
        return seeds.hash(Seeds.MEMBER, member) / 10 % 5 < 2;
    }

    boolean induction(long member) {
        return seeds.hash(Seeds.MEMBER, member) / 50 % 3 == 0;
    }

    /** The member's price for a material family, in rupiah per kilogram. */
    long pricePerKg(long member, String family) {
        long base = switch (family) {
            case "DUCTILE_IRON" -> 24_000;
            case "HIGH_PHOSPHORUS_IRON" -> 19_000;
            default -> 16_000;
        };
        return base + seeds.hash(Seeds.MEMBER, member * 7 + family.length()) % 4_000;
    }
}
