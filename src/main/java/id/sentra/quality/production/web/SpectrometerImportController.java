package id.sentra.quality.production.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.web.FormErrors;
import id.sentra.quality.Element;
import id.sentra.quality.production.ImportRefusedException;
import id.sentra.quality.production.SpectrometerImport;

/**
 * A member's spectrometer export: save how the instrument writes its columns, upload a file,
 * see what it would store and every problem by line and column, then import it whole or not at all.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class SpectrometerImportController {

    private final SpectrometerImport imports;

    SpectrometerImportController(SpectrometerImport imports) {
        this.imports = imports;
    }

    @GetMapping("/heats/import")
    String page(Model model) {
        model.addAttribute("mapping", new MappingForm());
        return view(model);
    }

    @PostMapping("/heats/import/mappings")
    String saveMapping(@ModelAttribute("mapping") MappingForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view(model);
        }
        try {
            imports.saveMapping(CurrentUser.require(), form.toDraft());
            redirect.addFlashAttribute("mappingSaved", true);
            return "redirect:/heats/import";
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return view(model);
        }
    }

    @PostMapping("/heats/import/preview")
    String preview(@RequestParam(required = false) @Nullable Long mappingId,
                   @RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
        model.addAttribute("mapping", new MappingForm());
        if (mappingId == null || file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return view(model);
        }
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        model.addAttribute("preview", imports.preview(CurrentUser.require(), mappingId, content));
        model.addAttribute("content", content);
        model.addAttribute("mappingId", mappingId);
        return view(model);
    }

    @PostMapping("/heats/import")
    String importFile(@RequestParam(required = false) @Nullable Long mappingId,
                      @RequestParam(required = false) @Nullable String content, Model model, RedirectAttributes redirect) {
        model.addAttribute("mapping", new MappingForm());
        if (mappingId == null || content == null || content.isBlank()) {
            model.addAttribute("noFile", true);
            return view(model);
        }
        try {
            int count = imports.importFile(CurrentUser.require(), mappingId, content);
            redirect.addFlashAttribute("imported", count);
            return "redirect:/heats/import";
        } catch (ImportRefusedException e) {
            model.addAttribute("refused", e.problems());
            return view(model);
        }
    }

    private String view(Model model) {
        model.addAttribute("mappings", imports.mappings(CurrentUser.require()));
        model.addAttribute("elements", Element.values());
        return "production/import";
    }
}
