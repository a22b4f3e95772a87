package id.sentra.demo;

import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVRecord;

import id.sentra.registry.Address;
import id.sentra.registry.GeoPoint;

/** A kecamatan where members work, with its centre, its villages and how many members it draws. */
record Place(String kecamatan, String kabupaten, String province, double latitude, double longitude, int weight,
             List<String> villages) {

    /** About a kilometre either way around the kecamatan centre. */
    private static final double SPREAD_DEGREES = 0.012;

    static List<Place> load(String resource) {
        return DemoCsv.read(resource).stream().map(Place::of).toList();
    }

    /** One place, more often those with a larger weight. */
    static Place pick(List<Place> places, Random random) {
        int total = places.stream().mapToInt(Place::weight).sum();
        int ticket = random.nextInt(total);
        for (var place : places) {
            ticket -= place.weight();
            if (ticket < 0) {
                return place;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    Address address(Random random) {
        String street = "RT %02d/RW %02d".formatted(1 + random.nextInt(6), 1 + random.nextInt(4));
        return new Address(street, villages.get(random.nextInt(villages.size())), kecamatan, kabupaten, province);
    }

    GeoPoint locate(Random random) {
        return new GeoPoint(round(latitude + jitter(random)), round(longitude + jitter(random)));
    }

    private static double jitter(Random random) {
        return (random.nextDouble() * 2 - 1) * SPREAD_DEGREES;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    private static Place of(CSVRecord row) {
        return new Place(row.get("kecamatan"), row.get("kabupaten"), row.get("province"),
                Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")),
                Integer.parseInt(row.get("weight")), List.of(row.get("villages").split(";")));
    }
}
