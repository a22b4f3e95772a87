package id.sentra.insight.api;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.sentra.insight.ImportSubstitution;
import id.sentra.insight.SubstitutionFigures;
import id.sentra.insight.web.SubstitutionQuery;
import id.sentra.platform.security.CurrentUser;

/** Import-substitution figures for the ministry's own systems: the same numbers as the page. */
@RestController
@RequestMapping("/api/v1/ministry")
@Tag(name = "Ministry", description = "Figures across clusters: import substitution by cluster and product family")
@SecurityRequirement(name = "apiToken")
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'OPERATOR')")
class ImportSubstitutionApi {

    private final ImportSubstitution substitution;

    ImportSubstitutionApi(ImportSubstitution substitution) {
        this.substitution = substitution;
    }

    @GetMapping("/import-substitution")
    @Operation(summary = "Import substitution by cluster and product family",
            description = "Value at contract prices (whole rupiah) of parts shipped, and made but not yet shipped, on contract lines whose "
                    + "prior source is IMPORTED; members, workers (every worker of each such member, counted once per row) and buyers "
                    + "involved; value per quarter and family. Filters: cluster (id), family (e.g. BRAKE_BLOCK), year. "
                    + "An operator gets its own cooperative only.")
    SubstitutionFigures figures(@ModelAttribute SubstitutionQuery query) {
        return substitution.figures(CurrentUser.require(), query.toFilter());
    }
}
