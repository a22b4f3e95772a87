package id.sentra.demand.api;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.demand.CallOffDetails;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractSummary;
import id.sentra.demand.ContractView;
import id.sentra.demand.QuoteDetails;
import id.sentra.demand.RfqDetails;
import id.sentra.demand.web.ContractQuery;
import id.sentra.platform.CursorPage;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.PageOf;

/** RFQs and contracts for buyers' and cooperatives' own systems. Every change answers with the contract as it now is. */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Contracts", description = "RFQs, quotes, awards, delivery schedules, call-offs and specification changes")
@SecurityRequirement(name = "apiToken")
class ContractApi {

    private final ContractSearch search;
    private final ContractRegistry registry;

    ContractApi(ContractSearch search, ContractRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "List contracts and RFQs in your scope",
            description = "Filters: status, buyerId, warnings=true (offtake behind or specification changed). Page is 0-based, size at most 200.")
    PageOf<ContractSummary> list(@ModelAttribute ContractQuery query) {
        return search.list(CurrentUser.require(), query.toFilter(), query.pageOrFirst(), query.sizeOr(50));
    }

    @GetMapping("/warnings")
    @Operation(summary = "Contracts needing attention: offtake behind commitment, unacknowledged specification changes",
            description = "Newest contract first, one page at a time: at most `limit` contracts (default " + CursorPage.DEFAULT_LIMIT
                    + ", at most " + CursorPage.MAX_LIMIT + "); `next` is the cursor of the following page, absent on the last. "
                    + "Each request examines a bounded number of contracts, so a page may hold fewer than `limit` and still "
                    + "name a `next`: read on until `next` is absent.")
    CursorPage<ContractSummary> warnings(
            @Parameter(description = "contracts per page, 1-" + CursorPage.MAX_LIMIT + ", default " + CursorPage.DEFAULT_LIMIT)
            @RequestParam(required = false) @Nullable Integer limit,
            @Parameter(description = "the `next` of the previous page; none for the first")
            @RequestParam(required = false) @Nullable String cursor) {
        return search.warningsPage(CurrentUser.require(), CursorPage.limit(limit), cursor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contract with lines, schedule against call-offs, quotes, history, warnings and your allowed actions")
    ContractView get(@PathVariable long id) {
        return search.get(CurrentUser.require(), id);
    }

    @PostMapping
    @Operation(summary = "Post an RFQ in draft", description = "Buyers post for themselves; operators on a buyer's behalf, to their own cooperative.")
    ResponseEntity<ContractView> create(@RequestBody RfqDetails details) {
        var user = CurrentUser.require();
        search.buyerChoices(user);
        requireQuality(details);
        long id = registry.createRfq(user, details);
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id)).body(search.get(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft or open RFQ", description = "Send the version you read; 409 if someone saved since.")
    ContractView revise(@PathVariable long id, @RequestBody ContractRequests.Revision request) {
        search.requireBuyerSide(CurrentUser.require(), id);
        if (request.details() == null) {
            throw required("details");
        }
        requireQuality(request.details());
        registry.revise(CurrentUser.require(), id, request.version(), request.details());
        return search.get(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft RFQ to its cooperative")
    ContractView publish(@PathVariable long id, @RequestBody ContractRequests.Publish request) {
        registry.publish(CurrentUser.require(), id, request.version());
        return search.get(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/quotes")
    @Operation(summary = "Quote an open RFQ (the cooperative it is addressed to)", description = "unitPrices in line order, whole rupiah.")
    ContractView quote(@PathVariable long id, @RequestBody ContractRequests.Quote request) {
        var prices = request.unitPrices() == null ? List.<id.sentra.demand.Rupiah>of() : request.unitPrices();
        registry.quote(CurrentUser.require(), id, request.version(),
                new QuoteDetails(prices, request.leadTimeDays(), request.capacityPerMonth(), request.note()));
        return search.get(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/award")
    @Operation(summary = "Award a quote: its prices become the contract prices")
    ContractView award(@PathVariable long id, @RequestBody ContractRequests.Award request) {
        registry.award(CurrentUser.require(), id, request.version(), request.quoteNo());
        return search.get(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/call-offs")
    @Operation(summary = "Release a quantity of one line for delivery in one month (period as 2026-07)")
    ContractView callOff(@PathVariable long id, @RequestBody ContractRequests.CallOff request) {
        search.requireBuyerSide(CurrentUser.require(), id);
        if (request.period() == null) {
            throw required("period");
        }
        registry.callOff(CurrentUser.require(), id, request.version(),
                new CallOffDetails(request.lineNo(), request.period(), request.quantity(), request.reference()));
        return search.get(CurrentUser.require(), id);
    }

    @PutMapping("/{id}/lines/{lineNo}/specification")
    @Operation(summary = "Change one line's specification", description = "The cooperative is warned until it acknowledges.")
    ContractView changeSpecification(@PathVariable long id, @PathVariable int lineNo,
                                     @RequestBody ContractRequests.SpecificationChange request) {
        search.requireBuyerSide(CurrentUser.require(), id);
        if (request.specification() == null) {
            throw required("specification");
        }
        registry.changeSpecification(CurrentUser.require(), id, request.version(), lineNo, request.specification(),
                request.reason() == null ? "" : request.reason());
        return search.get(CurrentUser.require(), id);
    }

    @PutMapping("/{id}/lines/{lineNo}/origin")
    @Operation(summary = "Record one line's product family and prior source (the buyer or the supplying cooperative)",
            description = "priorSource: IMPORTED (importedFrom: ISO 3166-1 alpha-2, optional), DOMESTIC_LARGE_INDUSTRY, NEW_PRODUCT or NOT_RECORDED. "
                    + "Feeds the ministry's import-substitution figures; allowed in any status but cancelled.")
    ContractView recordOrigin(@PathVariable long id, @PathVariable int lineNo, @RequestBody ContractRequests.Origin request) {
        search.get(CurrentUser.require(), id);
        if (request.origin() == null) {
            throw required("origin");
        }
        registry.recordOrigin(CurrentUser.require(), id, request.version(), lineNo, request.origin());
        return search.get(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/spec-changes/{changeNo}/acknowledge")
    @Operation(summary = "Acknowledge a specification change (the supplying cooperative)")
    ContractView acknowledge(@PathVariable long id, @PathVariable int changeNo, @RequestBody ContractRequests.Acknowledge request) {
        registry.acknowledge(CurrentUser.require(), id, request.version(), changeNo);
        return search.get(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move along the life cycle: to IN_PRODUCTION, CLOSED, or CANCELLED (note = reason, required)")
    ContractView transition(@PathVariable long id, @RequestBody ContractRequests.Transition request) {
        var user = CurrentUser.require();
        search.get(user, id);
        if (request.to() == null) {
            throw required("to");
        }
        switch (request.to()) {
            case IN_PRODUCTION -> registry.startProduction(user, id, request.version());
            case CLOSED -> registry.close(user, id, request.version(), request.note());
            case CANCELLED -> registry.cancel(user, id, request.version(), request.note() == null ? "" : request.note());
            default -> throw new InvalidInputException(List.of(FieldProblem.of("to", "api.transition.unsupported")));
        }
        return search.get(user, id);
    }

    private static void requireQuality(RfqDetails details) {
        if (details.quality() == null) {
            throw required("quality");
        }
    }

    private static InvalidInputException required(String field) {
        return new InvalidInputException(List.of(FieldProblem.of(field, "field.required")));
    }
}
