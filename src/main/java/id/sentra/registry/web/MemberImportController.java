package id.sentra.registry.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.importing.MemberFileTemplate;
import id.sentra.registry.importing.MemberImport;

/**
 * The member import page. An operator imports into its own cooperative; the platform administrator
 * chooses one. A file with problems is shown again with every problem and nothing saved.
 */
@Controller
@RequestMapping("/members/import")
@PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
class MemberImportController {

    private static final String PAGE = "members/import";

    private final MemberImport memberImport;
    private final CooperativeDirectory directory;

    MemberImportController(MemberImport memberImport, CooperativeDirectory directory) {
        this.memberImport = memberImport;
        this.directory = directory;
    }

    @GetMapping
    String form(Model model) {
        prepare(model, CurrentUser.require(), null);
        return PAGE;
    }

    @PostMapping
    String upload(@RequestParam(required = false) @Nullable MultipartFile file,
                  @RequestParam(required = false) @Nullable Long cooperativeId, Locale locale, Model model)
            throws IOException {
        var user = CurrentUser.require();
        // An operator's own cooperative always; a posted id is only the administrator's choice.
        Long target = user.is(Role.ADMIN) ? cooperativeId : user.cooperativeId();
        prepare(model, user, target);
        if (target == null) {
            model.addAttribute("formError", "import.cooperative.required");
            return PAGE;
        }
        String filename = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        // A form sent without choosing a file still carries an empty, unnamed part.
        if (file == null || filename.isBlank() && file.isEmpty()) {
            model.addAttribute("formError", "import.file.missing");
            return PAGE;
        }
        try (var content = file.getInputStream()) {
            var result = memberImport.importFile(user, target, filename, content, locale);
            if (result.succeeded()) {
                return "redirect:/members?imported=" + result.saved();
            }
            model.addAttribute("problems", result.problems());
            return PAGE;
        }
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(MemberFileTemplate.filename()).build().toString())
                .body(MemberFileTemplate.csv().getBytes(StandardCharsets.UTF_8));
    }

    private void prepare(Model model, SentraUser user, @Nullable Long cooperativeId) {
        model.addAttribute("maxRows", MemberImport.MAX_ROWS);
        model.addAttribute("requiredColumns", String.join(", ", MemberFileTemplate.headings(true)));
        model.addAttribute("optionalColumns", String.join(", ", MemberFileTemplate.headings(false)));
        if (user.is(Role.ADMIN)) {
            model.addAttribute("cooperatives", directory.cooperatives());
            model.addAttribute("selectedCooperative", cooperativeId);
        } else if (user.cooperativeId() != null) {
            directory.cooperative(user.cooperativeId())
                    .ifPresent(cooperative -> model.addAttribute("cooperativeName", cooperative.name()));
        }
    }
}
