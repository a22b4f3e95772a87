package id.sentra.quality.production.api;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.LotRecord;
import id.sentra.quality.production.LotBook;

/** Lots of work orders: the member posts them, the member and its operator read them by work order or by heat. */
@RestController
@RequestMapping("/api/v1/lots")
@Tag(name = "Lots", description = "Parts of one work order from one or more heats, with scrap by defect")
@SecurityRequirement(name = "apiToken")
class LotApi {

    private final LotBook lots;

    LotApi(LotBook lots) {
        this.lots = lots;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Lots of one work order (workOrderId) or poured from one heat (heatId)")
    List<LotRecord> list(@RequestParam(required = false) @Nullable Long workOrderId,
                         @RequestParam(required = false) @Nullable Long heatId) {
        var user = CurrentUser.require();
        if (workOrderId != null) {
            return lots.ofWorkOrder(user, workOrderId);
        }
        if (heatId != null) {
            return lots.ofHeat(user, heatId);
        }
        throw new InvalidInputException(List.of(FieldProblem.of("workOrderId", "lot.filter.required")));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "One lot")
    LotRecord get(@PathVariable long id) {
        return lots.get(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Operation(summary = "Add a lot to a work order in production",
            description = "Good pieces of all the order's lots may not exceed its pieces; heats must be the member's own and of the order's material.")
    ResponseEntity<LotRecord> create(@RequestBody ProductionRequests.NewLot request) {
        var user = CurrentUser.require();
        if (request.workOrderId() == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("workOrderId", "field.required")));
        }
        long id = lots.add(user, request.workOrderId(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/lots/" + id)).body(lots.get(user, id));
    }
}
