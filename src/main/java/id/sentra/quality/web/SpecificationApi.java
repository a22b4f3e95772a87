package id.sentra.quality.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.platform.CursorPage;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;
import id.sentra.quality.LoadClass;
import id.sentra.quality.MaterialGrade;
import id.sentra.quality.NewSpecification;
import id.sentra.quality.ProductSpecification;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.SpecRevision;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.Specifications;
import id.sentra.quality.TensileMinimum;
import id.sentra.quality.spec.ProductSpecCatalog;

/** The grade library and product specifications for buyers' and cooperatives' own systems. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Specifications", description = "Material grades with sources, EN 124 classes, product specifications and their revisions")
@SecurityRequirement(name = "apiToken")
class SpecificationApi {

    private static final String READERS = "hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')";
    private static final String WRITERS = "hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')";

    private final Specifications specifications;
    private final ProductSpecCatalog catalog;

    SpecificationApi(Specifications specifications, ProductSpecCatalog catalog) {
        this.specifications = specifications;
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/grades")
    @Operation(summary = "Every grade of the shipped library, with mechanical figures, chemistry and sources")
    List<MaterialGrade> grades() {
        return specifications.grades();
    }

    @GetMapping("/api/v1/grades/{code}")
    @Operation(summary = "One grade by its printed designation, e.g. FC250 or EN-GJS-400-15")
    MaterialGrade grade(@PathVariable String code) {
        return specifications.grade(code).orElseThrow(() -> new RecordNotFoundException("grade " + code, 0));
    }

    @GetMapping("/api/v1/grades/{code}/tensile-minimum")
    @Operation(summary = "The tensile strength a test piece must reach for a specimen kind and governing wall thickness",
            description = "404 where the library has no figure (e.g. FC grades on a cast-on bar below 20 mm).")
    ResponseEntity<TensileMinimum> tensileMinimum(@PathVariable String code, @RequestParam SpecimenKind specimen,
                                                  @RequestParam BigDecimal wallMm) {
        return ResponseEntity.of(specifications.tensileMinimum(code, specimen, wallMm));
    }

    @GetMapping("/api/v1/load-classes")
    @Operation(summary = "EN 124 load classes A15–F900 with their test loads")
    List<LoadClass> loadClasses() {
        return specifications.loadClasses();
    }

    @PreAuthorize(READERS)
    @GetMapping("/api/v1/specifications")
    @Operation(summary = "Product specifications in your scope by part number, each with its revision history, one page at a time",
            description = "At most `limit` specifications (default " + CursorPage.DEFAULT_LIMIT + ", at most " + CursorPage.MAX_LIMIT
                    + "); `next` is the cursor of the following page, absent on the last. Pass it back as `cursor` to read on.")
    CursorPage<ProductSpecification> list(
            @Parameter(description = "specifications per page, 1-" + CursorPage.MAX_LIMIT + ", default " + CursorPage.DEFAULT_LIMIT)
            @RequestParam(required = false) @Nullable Integer limit,
            @Parameter(description = "the `next` of the previous page; none for the first")
            @RequestParam(required = false) @Nullable String cursor) {
        return catalog.page(CurrentUser.require(), CursorPage.limit(limit), cursor);
    }

    @PreAuthorize(READERS)
    @GetMapping("/api/v1/specifications/{id}")
    @Operation(summary = "One product specification with every revision, newest first")
    ProductSpecification get(@PathVariable long id) {
        return catalog.get(CurrentUser.require(), id);
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/api/v1/specifications")
    @Operation(summary = "Add a product specification with its first revision",
            description = "Operators for their own cooperative; buyers for themselves, naming the cooperative that makes the part.")
    ResponseEntity<ProductSpecification> create(@RequestBody NewSpecification request) {
        if (request.first() == null || request.first().content() == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("first", "field.required")));
        }
        long id = catalog.create(CurrentUser.require(), request);
        return ResponseEntity.created(URI.create("/api/v1/specifications/" + id)).body(catalog.get(CurrentUser.require(), id));
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/api/v1/specifications/{id}/revisions")
    @Operation(summary = "Add a revision", description = "Send the version you read; 409 if someone saved since.")
    ProductSpecification revise(@PathVariable long id, @RequestBody Revision request) {
        catalog.get(CurrentUser.require(), id);
        if (request.content() == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("content", "field.required")));
        }
        catalog.revise(CurrentUser.require(), id, request.version(),
                new RevisionRequest(request.effectiveFrom(), request.reason() == null ? "" : request.reason(), request.content()));
        return catalog.get(CurrentUser.require(), id);
    }

    @PreAuthorize(READERS)
    @GetMapping("/api/v1/specifications/{id}/in-force")
    @Operation(summary = "The revision in force on a date (a lot is judged against it), with the chemistry and hardness that apply")
    ResponseEntity<InForce> inForce(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var spec = catalog.get(CurrentUser.require(), id);
        return ResponseEntity.of(spec.inForceOn(date).map(revision -> new InForce(revision,
                specifications.chemistryLimits(revision), specifications.hardnessLimits(revision).orElse(null))));
    }

    /** A new revision: the version read, from when it holds, why, and what it says. */
    record Revision(int version, @Nullable LocalDate effectiveFrom, @Nullable String reason, @Nullable RevisionContent content) {
    }

    /** The revision in force and the limits that follow from it and its grade. */
    record InForce(SpecRevision revision, Map<Element, Limits> chemistryLimits, @Nullable Limits hardnessHb) {
    }
}
