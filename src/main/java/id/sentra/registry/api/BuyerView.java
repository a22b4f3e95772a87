package id.sentra.registry.api;

import java.util.List;

import id.sentra.registry.Buyer;
import id.sentra.registry.BuyerKind;
import id.sentra.registry.Contact;
import id.sentra.registry.Plant;

/** A buyer as the API shows it. */
record BuyerView(long id, String name, BuyerKind kind, String sector, boolean active, int version,
                 List<Plant> plants, List<Contact> contacts) {

    static BuyerView of(Buyer b) {
        return new BuyerView(b.getId(), b.name(), b.kind(), b.sector(), b.active(), b.version(), b.plants(), b.contacts());
    }
}
