package id.sentra.quality.trace.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.trace.HeatRecall;
import id.sentra.quality.trace.LotTrace;
import id.sentra.quality.trace.Traceability;

/** Traceability for buyers' and members' systems: the same answers as the trace pages, in the same scope. */
@RestController
@RequestMapping("/api/v1/trace")
@Tag(name = "Traceability", description = "Lot or certificate back to heats and charge; heat forward to every lot and buyer (recall)")
@SecurityRequirement(name = "apiToken")
class TraceApi {

    private final Traceability trace;

    TraceApi(Traceability trace) {
        this.trace = trace;
    }

    @GetMapping("/lots/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    @Operation(summary = "A lot traced back: heats with charge (weights, domestic or imported), member, work order, contract, buyer")
    LotTrace lot(@PathVariable long id) {
        return trace.lot(CurrentUser.require(), id);
    }

    @GetMapping("/certificates/{number}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    @Operation(summary = "The lot behind an inspection certificate number, traced back")
    LotTrace certificate(@PathVariable String number) {
        return trace.certificate(CurrentUser.require(), number);
    }

    @GetMapping("/heats/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "A heat's recall list: every lot poured from it, with work order, member, contract, buyer and certificate")
    HeatRecall heat(@PathVariable long id) {
        return trace.heat(CurrentUser.require(), id);
    }
}
