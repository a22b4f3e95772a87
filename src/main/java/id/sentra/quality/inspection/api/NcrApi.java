package id.sentra.quality.inspection.api;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

import id.sentra.platform.CursorPage;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.inspection.NcrBook;
import id.sentra.quality.inspection.NcrStep;
import id.sentra.quality.inspection.NcrTexts;
import id.sentra.quality.inspection.NcrView;

/** Non-conformance reports of the member's or the cooperative's lots. */
@RestController
@RequestMapping("/api/v1/ncrs")
@Tag(name = "Non-conformance reports", description = "A light 8D on lots and heats: open, contained, closed")
@SecurityRequirement(name = "apiToken")
class NcrApi {

    private final NcrBook ncrs;

    NcrApi(NcrBook ncrs) {
        this.ncrs = ncrs;
    }

    record NewNcr(@Nullable List<Long> lotIds, @Nullable String description) {
    }

    record NcrChange(@Nullable Integer version, @Nullable NcrTexts texts, @Nullable NcrStep step) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Reports in scope, newest first, one page at a time",
            description = "At most `limit` reports (default " + CursorPage.DEFAULT_LIMIT + ", at most " + CursorPage.MAX_LIMIT
                    + "); `next` is the cursor of the following page, absent on the last. Pass it back as `cursor` to read on.")
    CursorPage<NcrView> list(
            @Parameter(description = "reports per page, 1-" + CursorPage.MAX_LIMIT + ", default " + CursorPage.DEFAULT_LIMIT)
            @RequestParam(required = false) @Nullable Integer limit,
            @Parameter(description = "the `next` of the previous page; none for the first")
            @RequestParam(required = false) @Nullable String cursor) {
        return ncrs.page(CurrentUser.require(), CursorPage.limit(limit), cursor);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "One report")
    NcrView get(@PathVariable long id) {
        return ncrs.get(CurrentUser.require(), id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Open a report on lots of one member; their heats are linked")
    ResponseEntity<NcrView> open(@RequestBody NewNcr request) {
        var user = CurrentUser.require();
        long id = ncrs.open(user, request.lotIds() == null ? List.of() : request.lotIds(),
                new NcrTexts(request.description(), null, null, null));
        return ResponseEntity.created(URI.create("/api/v1/ncrs/" + id)).body(ncrs.get(user, id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    @Operation(summary = "Save the texts and optionally step on (CONTAIN, CLOSE)", description = "A stale version gets 409.")
    NcrView change(@PathVariable long id, @RequestBody NcrChange request) {
        if (request.version() == null || request.texts() == null) {
            throw new InvalidInputException(List.of(FieldProblem.of(request.version() == null ? "version" : "texts", "field.required")));
        }
        return ncrs.work(CurrentUser.require(), id, request.version(), request.texts(),
                request.step() == null ? NcrStep.SAVE : request.step());
    }
}
