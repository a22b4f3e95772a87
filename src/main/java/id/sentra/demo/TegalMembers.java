package id.sentra.demo;

import java.util.List;
import java.util.Set;

import id.sentra.registry.MemberDetails;

/** The forty members of the Tegal cooperative: agricultural machinery, ship and automotive parts. */
final class TegalMembers {

    static final int MEMBERS = 40;
    static final int WORKFORCE = 1_000;
    /** The year NV Barat, Tegal's first metal works, was founded; any fixed number would do. */
    private static final long SEED = 1918L;

    private TegalMembers() {
    }

    static List<MemberDetails> generate() {
        return new MemberGenerator(SEED, "demo/places-tegal.csv", Specialities.TEGAL, "9130", Set.of())
                .generate(MEMBERS, WORKFORCE);
    }
}
