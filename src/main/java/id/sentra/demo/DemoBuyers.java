package id.sentra.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Buyer;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.BuyerKind;
import id.sentra.registry.Contact;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.Plant;

/**
 * The buyers the articles name: the railway operator and rolling-stock maker, the car maker, pump and
 * stove makers, a water utility, the state builders and the electronics firms of the 2017 business matching.
 * Plants are real places (approximate coordinates); contact people are invented, with {@code .example} addresses.
 */
final class DemoBuyers {

    /** The buyer the demo {@code buyer} login belongs to. */
    static final String KAI = "KAI";

    private DemoBuyers() {
    }

    /** Registers every buyer and answers their ids by the short key of {@code demo/buyers.csv}. */
    static Map<String, Long> register(BuyerDirectory directory, SentraUser system) {
        var plants = DemoCsv.read("demo/buyer-plants.csv");
        var contacts = DemoCsv.read("demo/buyer-contacts.csv");
        var ids = new LinkedHashMap<String, Long>();
        for (var row : DemoCsv.read("demo/buyers.csv")) {
            String key = row.get("key");
            var buyer = Buyer.of(row.get("name"), BuyerKind.valueOf(row.get("kind")), row.get("sector"),
                    of(plants, key).stream().map(DemoBuyers::plant).toList(),
                    of(contacts, key).stream().map(DemoBuyers::contact).toList());
            ids.put(key, directory.register(system, buyer));
        }
        return ids;
    }

    private static List<CSVRecord> of(List<CSVRecord> rows, String key) {
        return rows.stream().filter(row -> row.get("key").equals(key)).toList();
    }

    private static Plant plant(CSVRecord row) {
        return new Plant(row.get("name"), DemoCsv.optional(row, "address"), row.get("kabupaten"), row.get("province"),
                new GeoPoint(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))));
    }

    private static Contact contact(CSVRecord row) {
        return new Contact(row.get("name"), DemoCsv.optional(row, "position"), DemoCsv.optional(row, "email"),
                DemoCsv.optional(row, "phone"));
    }
}
