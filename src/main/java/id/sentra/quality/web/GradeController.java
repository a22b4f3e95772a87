package id.sentra.quality.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.sentra.platform.RecordNotFoundException;
import id.sentra.quality.MaterialGrade;
import id.sentra.quality.spec.GradeLibrary;

/** The grade library as reference for everyone signed in: grades by standard, each with its figures and sources. */
@Controller
@PreAuthorize("isAuthenticated()")
class GradeController {

    private final GradeLibrary library;

    GradeController(GradeLibrary library) {
        this.library = library;
    }

    @GetMapping("/grades")
    String list(Model model) {
        Map<String, List<MaterialGrade>> byStandard = library.grades().stream()
                .collect(Collectors.groupingBy(MaterialGrade::standard, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("byStandard", byStandard);
        model.addAttribute("loadClasses", library.loadClasses());
        model.addAttribute("libraryVersion", library.version());
        return "quality/grades";
    }

    @GetMapping("/grades/{code}")
    String detail(@PathVariable String code, Model model) {
        var grade = library.grade(code).orElseThrow(() -> new RecordNotFoundException("grade " + code, 0));
        model.addAttribute("grade", grade);
        model.addAttribute("wallRows", library.wallRows(grade.code()).stream()
                .sorted(Comparator.comparing((id.sentra.quality.spec.WallRow r) -> r.specimen()).thenComparing(r -> r.overMm())).toList());
        model.addAttribute("libraryVersion", library.version());
        return "quality/grade";
    }
}
