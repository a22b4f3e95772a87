package id.sentra.quality.inspection.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.inspection.InspectionRequest;
import id.sentra.quality.inspection.InspectionView;
import id.sentra.quality.inspection.LotInspectionService;

/** A lot's inspection: read by the member, its operator and the lot's buyer; recorded by the member or operator; overridden by the operator. */
@RestController
@Tag(name = "Lot inspections", description = "ISO 2859-1 sampling, the rules each lot is judged by, the decision and overrides")
@SecurityRequirement(name = "apiToken")
class InspectionApi {

    private final LotInspectionService inspections;

    InspectionApi(LotInspectionService inspections) {
        this.inspections = inspections;
    }

    /** The measurements of the sampled parts and the governing wall thickness. */
    record NewInspection(@Nullable BigDecimal wallMm, @Nullable Map<String, List<BigDecimal>> measurements) {
    }

    /** The decision that stands from now on, the reason, and the inspection's version as read. */
    record Override(@Nullable Integer version, @Nullable Disposition disposition, @Nullable String reason) {
    }

    @GetMapping("/api/v1/lots/{id}/inspection")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    @Operation(summary = "The lot's standing inspection (404 when not inspected yet)")
    ResponseEntity<InspectionView> get(@PathVariable long id) {
        return ResponseEntity.of(inspections.inspection(CurrentUser.require(), id));
    }

    @PostMapping("/api/v1/lots/{id}/inspection")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Inspect a lot", description = "Every characteristic of the revision in force needs one value per sampled part, in sample order.")
    InspectionView inspect(@PathVariable long id, @RequestBody NewInspection request) {
        return inspections.inspect(CurrentUser.require(), id, new InspectionRequest(request.wallMm(),
                request.measurements() == null ? Map.of() : request.measurements()));
    }

    @PostMapping("/api/v1/lots/{id}/inspection/override")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    @Operation(summary = "Override the decision with a reason", description = "Sentra's own decision stays recorded beside it; a stale version gets 409.")
    InspectionView override(@PathVariable long id, @RequestBody Override request) {
        if (request.version() == null || request.disposition() == null) {
            throw new InvalidInputException(List.of(FieldProblem.of(request.version() == null ? "version" : "disposition", "field.required")));
        }
        return inspections.override(CurrentUser.require(), id, request.version(), request.disposition(),
                request.reason() == null ? "" : request.reason());
    }
}
