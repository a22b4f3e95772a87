package id.sentra.registry.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.MemberPrice;
import id.sentra.registry.MemberPrices;
import id.sentra.registry.MemberPrices.PriceChange;

/** A member's prices per kilogram, for the cooperative's own tools (a spreadsheet, an accounting system). */
@RestController
@RequestMapping("/api/v1/members/{id}/prices")
@Tag(name = "Registry", description = "Cooperatives, clusters, member IKM and buyers")
class MemberPriceApi {

    private final MemberPrices prices;

    MemberPriceApi(MemberPrices prices) {
        this.prices = prices;
    }

    @GetMapping
    @Operation(summary = "A member's prices per kg by material (the member itself and its cooperative only)")
    List<MemberPrice> list(@PathVariable long id) {
        return prices.of(CurrentUser.require(), id);
    }

    @PutMapping
    @Operation(summary = "Change prices, all or none",
            description = "Each change names the price it replaces (previous, null when none); 409 if it changed meanwhile.")
    List<MemberPrice> change(@PathVariable long id, @RequestBody List<PriceChange> changes) {
        var user = CurrentUser.require();
        prices.change(user, id, changes);
        return prices.of(user, id);
    }
}
