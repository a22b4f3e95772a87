package id.sentra.quality.production.api;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.platform.CursorPage;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.production.HeatBook;

/** Heats for members' systems: a member posts and reads its own, an operator reads its cooperative's. */
@RestController
@RequestMapping("/api/v1/heats")
@Tag(name = "Heats", description = "Melts with charge, spectrometer readings (mass %), carbon equivalent and mechanical results")
@SecurityRequirement(name = "apiToken")
class HeatApi {

    private final HeatBook heats;

    HeatApi(HeatBook heats) {
        this.heats = heats;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Heats in your scope, newest first, one page at a time",
            description = "At most `limit` heats (default " + CursorPage.DEFAULT_LIMIT + ", at most " + CursorPage.MAX_LIMIT
                    + "); `next` is the cursor of the following page, absent on the last. Pass it back as `cursor` "
                    + "to read on: every heat comes exactly once, even while new heats are recorded.")
    CursorPage<HeatRecord> list(
            @Parameter(description = "heats per page, 1-" + CursorPage.MAX_LIMIT + ", default " + CursorPage.DEFAULT_LIMIT)
            @RequestParam(required = false) @Nullable Integer limit,
            @Parameter(description = "the `next` of the previous page; none for the first")
            @RequestParam(required = false) @Nullable String cursor) {
        return heats.page(CurrentUser.require(), CursorPage.limit(limit), cursor);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "One heat with readings, carbon equivalent (C + (Si + P)/3), mechanical results and charge")
    HeatRecord get(@PathVariable long id) {
        return heats.get(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Operation(summary = "Record a heat", description = "Readings in mass % per element (C, SI, MN, P, S, CR, CU, NI, MO, MG, ...), "
            + "each 0-100 and together below 100; charge weights in kg above zero; the grade one of the library's; "
            + "the heat number unique per member. memberId only when an administrator records for a member. "
            + "Answers 201 with the heat as stored (id, version 1, carbon equivalent) and its address in Location.")
    ResponseEntity<HeatRecord> create(@RequestBody ProductionRequests.NewHeat request) {
        var heat = heats.recorded(CurrentUser.require(), request.memberId(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/heats/" + heat.id())).body(heat);
    }

    @PostMapping("/batch")
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Operation(summary = "Record many heats of one member at once (a spectrometer's upload)",
            description = "An array of 1 to " + HeatBook.MAX_BATCH + " heats, each as for POST /api/v1/heats. All or nothing: "
                    + "when any heat breaks a rule none is kept, and each error names the heat's index and field, "
                    + "e.g. \"[3].readings[C]\". memberId only when an administrator records for a member, the same for every "
                    + "heat. Answers 201 with the id, heat number and address of each heat, in the order sent.")
    ResponseEntity<List<ProductionRequests.RecordedHeat>> createBatch(
            @RequestBody List<ProductionRequests.NewHeat> request) {
        var memberIds = request.stream().map(ProductionRequests.NewHeat::memberId).distinct().toList();
        if (memberIds.size() > 1) {
            throw new InvalidInputException(List.of(FieldProblem.of("memberId", "heat.batch.oneMember")));
        }
        var recorded = heats.recordBatch(CurrentUser.require(), memberIds.isEmpty() ? null : memberIds.getFirst(),
                request.stream().map(ProductionRequests.NewHeat::toDraft).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(recorded.stream()
                .map(h -> new ProductionRequests.RecordedHeat(h.id(), h.heatNumber(), "/api/v1/heats/" + h.id())).toList());
    }
}
