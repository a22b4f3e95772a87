package id.sentra.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import id.sentra.registry.MemberDetails;

/**
 * Generates the members of one cluster from a seeded random source: the same seed, places and
 * specialities always give the same members, field for field.
 */
final class MemberGenerator {

    private static final int FIRST_FOUNDED = 1960;
    private static final int LAST_FOUNDED = 2020;

    private final Random random;
    private final List<Place> places;
    private final List<Speciality> specialities;
    private final NameGenerator names;

    MemberGenerator(long seed, String placesResource, List<Speciality> specialities, String nibPrefix, Set<String> reserved) {
        this.random = new Random(seed);
        this.places = Place.load(placesResource);
        this.specialities = specialities;
        this.names = new NameGenerator(random, nibPrefix, reserved);
    }

    List<MemberDetails> generate(int members, int workforceTotal) {
        int[] workforce = Workforces.spread(random, members, workforceTotal);
        var trades = Specialities.deal(specialities, members, random);
        var generated = new ArrayList<MemberDetails>(members);
        for (int i = 0; i < members; i++) {
            generated.add(member(trades.get(i), workforce[i]));
        }
        return generated;
    }

    private MemberDetails member(Speciality speciality, int workforce) {
        var place = Place.pick(places, random);
        var capability = Workshop.fitOut(speciality, workforce, random);
        return new MemberDetails(names.business(), names.nib(), names.owner(), place.address(random),
                place.locate(random), workforce, FIRST_FOUNDED + random.nextInt(LAST_FOUNDED - FIRST_FOUNDED + 1),
                capability.processes(), capability.materials(), capability.equipment(),
                Certificates.issue(speciality, workforce, random), capability.capacities());
    }
}
