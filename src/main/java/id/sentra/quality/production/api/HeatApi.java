package id.sentra.quality.production.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

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
    @Operation(summary = "Heats in your scope, newest first")
    List<HeatRecord> list() {
        return heats.list(CurrentUser.require());
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
            + "each 0-100 and together below 100; charge weights in kg above zero; the heat number unique per member. "
            + "memberId only when an administrator records for a member.")
    ResponseEntity<HeatRecord> create(@RequestBody ProductionRequests.NewHeat request) {
        var user = CurrentUser.require();
        long id = heats.record(user, request.memberId(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/heats/" + id)).body(heats.get(user, id));
    }
}
