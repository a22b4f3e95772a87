package id.sentra.matching.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.GeoPoint;

/** The buyers' plants a person may rank suppliers against: a buyer its own, others every buyer's. */
@Component
class DeliveryPoints {

    private final BuyerDirectory buyers;

    DeliveryPoints(BuyerDirectory buyers) {
        this.buyers = buyers;
    }

    List<Choice> choices(SentraUser user) {
        if (user.is(Role.MEMBER)) {
            return List.of();
        }
        var choices = new ArrayList<Choice>();
        for (var buyer : buyers.list(user)) {
            var plants = buyer.plants();
            for (int i = 0; i < plants.size(); i++) {
                choices.add(new Choice(buyer.getId() + ":" + i, buyer.name() + " — " + plants.get(i).name(), plants.get(i).location()));
            }
        }
        return choices;
    }

    @Nullable GeoPoint locate(SentraUser user, @Nullable String key) {
        return key == null ? null : choices(user).stream().filter(c -> c.key().equals(key)).findFirst()
                .map(Choice::location).orElse(null);
    }

    record Choice(String key, String label, @Nullable GeoPoint location) {
    }
}
