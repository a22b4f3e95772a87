package id.sentra.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.sentra.registry.MemberDetails;

/**
 * The members of Koperasi Batur Jaya as the 2017 articles count them: 168 IKM with about 4,500 workers.
 * The spectrometer member comes first, the other 167 are generated from a fixed seed.
 */
final class CeperMembers {

    static final int MEMBERS = 168;
    static final int WORKFORCE = 4_500;
    /** The year the cooperative was founded; any fixed number would do. */
    private static final long SEED = 1976L;

    private CeperMembers() {
    }

    static List<MemberDetails> generate() {
        var demo = SpectrometerMember.details();
        var generator = new MemberGenerator(SEED, "demo/places-ceper.csv", Specialities.CEPER, "9120",
                Set.of(demo.legalName(), demo.nib()));
        var members = new ArrayList<MemberDetails>(MEMBERS);
        members.add(demo);
        members.addAll(generator.generate(MEMBERS - 1, WORKFORCE - demo.workforce()));
        return members;
    }
}
