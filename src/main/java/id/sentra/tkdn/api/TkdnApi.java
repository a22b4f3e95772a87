package id.sentra.tkdn.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractTkdn;
import id.sentra.demand.TkdnStanding;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.tkdn.product.HeatEvidence;
import id.sentra.tkdn.product.MemberProducts;
import id.sentra.tkdn.product.ProductCosts;
import id.sentra.tkdn.product.ProductFigures;
import id.sentra.tkdn.product.ProductSheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * TKDN for members' and buyers' systems: a member's products, a product's cost structure (costs for the member and
 * its cooperative; figures only for the contract's buyer and the ministry), its heat evidence, and a contract's
 * value-weighted TKDN against its floor. A rule broken by a cost structure names the line and field
 * ({@code lines[2].unitPrice}).
 */
@RestController
@RequestMapping("/api/v1/tkdn")
@Tag(name = "TKDN", description = "Local content (TKDN) and BMP of members' products and contracts, Permenperin 35/2025 or 16/2011")
@SecurityRequirement(name = "apiToken")
class TkdnApi {

    private final ProductCosts products;
    private final ContractTkdn contractTkdn;
    private final ContractSearch contracts;

    TkdnApi(ProductCosts products, ContractTkdn contractTkdn, ContractSearch contracts) {
        this.products = products;
        this.contractTkdn = contractTkdn;
        this.contracts = contracts;
    }

    @GetMapping("/members/{memberId}/products")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "A member's products with TKDN, BMP and tender verdict, and its contract lines without a cost structure")
    MemberProducts memberProducts(@PathVariable long memberId) {
        return products.ofMember(CurrentUser.require(), memberId);
    }

    @PostMapping("/products")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Start a product's cost structure from the foundry template for a contract line the member has work orders on")
    ResponseEntity<ProductSheet> start(@RequestBody TkdnRequests.NewProduct request) {
        var user = CurrentUser.require();
        long id = products.start(user, request.memberId(), request.contractId(), request.lineNo());
        return ResponseEntity.created(URI.create("/api/v1/tkdn/products/" + id + "/costs")).body(products.sheet(user, id));
    }

    @GetMapping("/products/{id}")
    @Operation(summary = "A product's TKDN, BMP, total, regulation and tender verdict with its margins (no costs)")
    ProductFigures figures(@PathVariable long id) {
        return products.figures(CurrentUser.require(), id);
    }

    @GetMapping("/products/{id}/costs")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "A product's cost structure with its assessment line by line, figures and heat evidence")
    ProductSheet costs(@PathVariable long id) {
        return products.sheet(CurrentUser.require(), id);
    }

    @PutMapping("/products/{id}/costs")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Replace a product's cost structure", description = "Send the version you read; 409 when someone saved since. "
            + "Origins: DOMESTIC, DOMESTIC_IMPORTED_MATERIAL, IMPORTED, CERTIFIED (with certifiedPercent); fromHeats only on "
            + "PIG_IRON, SCRAP and FERRO_ALLOY lines.")
    ProductSheet revise(@PathVariable long id, @RequestBody TkdnRequests.Revision request) {
        var user = CurrentUser.require();
        products.revise(user, id, request.version(), request.structure());
        return products.sheet(user, id);
    }

    @GetMapping("/products/{id}/evidence")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "The heats behind each material line that follows them: heat, date, material, kg, origin, supplier, purchase")
    List<HeatEvidence> evidence(@PathVariable long id) {
        return products.evidence(CurrentUser.require(), id);
    }

    @GetMapping("/contracts/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
    @Operation(summary = "A contract's TKDN weighted by the value each member makes, against its floor, with a risk level")
    TkdnStanding contract(@PathVariable long id) {
        var user = CurrentUser.require();
        contracts.get(user, id);
        var standing = contractTkdn.standing(user, id);
        if (standing == null) {
            throw new RecordNotFoundException("contractTkdn", id);
        }
        return standing;
    }
}
