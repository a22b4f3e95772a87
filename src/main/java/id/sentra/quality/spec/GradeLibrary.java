package id.sentra.quality.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.sentra.quality.ChemistryLimit;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;
import id.sentra.quality.LoadClass;
import id.sentra.quality.MaterialGrade;
import id.sentra.quality.Mechanical;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.TensileMinimum;
import id.sentra.quality.ValueBasis;
import id.sentra.registry.MaterialFamily;

/**
 * The grade library shipped in the application ({@code quality/library/*.csv}, versioned in
 * {@code library.properties}), read once at start and never changed at run time: grades are reference data,
 * and a new library comes with a new build and a new version.
 */
@Component
public class GradeLibrary {

    static final String FOLDER = "quality/library/";

    private final String version;
    private final Map<String, MaterialGrade> grades;
    private final List<WallRow> wallRows;
    private final Map<String, LoadClass> loadClasses;

    public GradeLibrary() {
        this(name -> open(new ClassPathResource(FOLDER + name)));
    }

    /** Reads the library from the files {@code opener} opens by name, e.g. {@code grades.csv}. */
    GradeLibrary(Function<String, InputStream> opener) {
        this.version = version(opener.apply("library.properties"));
        var chemistry = chemistry(LibraryTable.read("grade-chemistry.csv", opener.apply("grade-chemistry.csv")));
        this.grades = grades(LibraryTable.read("grades.csv", opener.apply("grades.csv")), chemistry);
        this.wallRows = LibraryTable.read("tensile-by-wall.csv", opener.apply("tensile-by-wall.csv")).map(WallRow::of)
                .stream().flatMap(List::stream).toList();
        this.loadClasses = LibraryTable.read("load-classes.csv", opener.apply("load-classes.csv")).map(GradeLibrary::loadClass)
                .stream().collect(Collectors.toMap(LoadClass::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        requireKnownGrades(chemistry.keySet(), "grade-chemistry.csv");
        requireKnownGrades(wallRows.stream().map(WallRow::grade).toList(), "tensile-by-wall.csv");
    }

    public String version() {
        return version;
    }

    public List<MaterialGrade> grades() {
        return List.copyOf(grades.values());
    }

    public Optional<MaterialGrade> grade(String code) {
        return Optional.ofNullable(grades.get(code.trim()));
    }

    public List<LoadClass> loadClasses() {
        return List.copyOf(loadClasses.values());
    }

    public Optional<LoadClass> loadClass(String code) {
        return Optional.ofNullable(loadClasses.get(code.trim()));
    }

    /** The rows of the wall-thickness table for one grade, thinnest wall first. */
    public List<WallRow> wallRows(String code) {
        return wallRows.stream().filter(r -> r.grade().equals(code)).toList();
    }

    /**
     * The tensile strength a test piece of {@code specimen} must reach for a casting whose governing wall is
     * {@code wallMm} thick. JIS G5501 (1995) and EN 1561: the grade figure holds for a separately cast bar; a cast-on
     * bar has its own minimum per wall band (none below 20 mm or for FC100); a piece cut from the casting has only
     * an anticipated value, given as guidance. JIS G5502 lets ductile-iron minima hold for cast-on bars as well.
     */
    public Optional<TensileMinimum> tensileMinimum(String code, SpecimenKind specimen, BigDecimal wallMm) {
        var grade = grade(code);
        if (grade.isEmpty()) {
            return Optional.empty();
        }
        var banded = wallRows(grade.get().code()).stream().filter(r -> r.specimen() == specimen).toList();
        if (!banded.isEmpty()) {
            return banded.stream().filter(r -> r.holdsFor(wallMm)).findFirst()
                    .map(r -> new TensileMinimum(r.mpa(), r.binding(), specimen,
                            new TensileMinimum.WallBand(r.overMm(), r.toMm()), r.source()));
        }
        var mechanical = grade.get().mechanical();
        if (mechanical.tensileSpecimens().contains(specimen) && mechanical.tensileMpa().min() != null) {
            return Optional.of(new TensileMinimum(mechanical.tensileMpa().min().intValueExact(), true, specimen, null,
                    grade.get().provenance().source()));
        }
        return Optional.empty();
    }

    private static Map<String, MaterialGrade> grades(LibraryTable table, Map<String, List<ChemistryLimit>> chemistry) {
        var byCode = new LinkedHashMap<String, MaterialGrade>();
        for (var grade : table.map(row -> grade(row, chemistry))) {
            if (byCode.put(grade.code(), grade) != null) {
                throw new IllegalStateException("Specification library grades.csv lists grade " + grade.code() + " twice");
            }
        }
        return byCode;
    }

    private static MaterialGrade grade(LibraryTable.Row row, Map<String, List<ChemistryLimit>> chemistry) {
        String code = row.text("code");
        if (!code.matches("[A-Za-z0-9.\\-]+")) {
            throw row.problem("code", "holds characters other than letters, digits, '.' and '-': " + code);
        }
        var specimens = EnumSet.noneOf(SpecimenKind.class);
        String listed = row.optional("tensile_specimens");
        if (listed != null) {
            Arrays.stream(listed.split(";")).map(String::trim).forEach(s -> specimens.add(SpecimenKind.valueOf(s)));
        }
        var mechanical = new Mechanical(new Limits(row.decimal("tensile_min_mpa"), row.decimal("tensile_max_mpa")), specimens,
                row.decimal("yield_min_mpa"), row.decimal("elongation_min_pct"),
                new Limits(row.decimal("hardness_min_hb"), row.decimal("hardness_max_hb")), row.choice("hardness_basis", ValueBasis.class));
        return new MaterialGrade(code, row.text("standard"), row.choice("family", MaterialFamily.class), mechanical,
                chemistry.getOrDefault(code, List.of()),
                new MaterialGrade.Provenance(row.text("source"), row.textOrEmpty("equivalents"), row.textOrEmpty("note")));
    }

    private static Map<String, List<ChemistryLimit>> chemistry(LibraryTable table) {
        var byGrade = new LinkedHashMap<String, List<ChemistryLimit>>();
        table.map(row -> {
            var limits = new Limits(row.decimal("min_pct"), row.decimal("max_pct"));
            if (limits.isOpen() || limits.isEmpty()) {
                throw row.problem("min_pct", "and max_pct give no usable limit: " + limits);
            }
            var limit = new ChemistryLimit(row.choice("element", Element.class), limits, row.choice("basis", ValueBasis.class),
                    row.text("source"));
            return Map.entry(row.text("code"), limit);
        }).forEach(e -> byGrade.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byGrade;
    }

    private static LoadClass loadClass(LibraryTable.Row row) {
        var load = row.requiredDecimal("test_load_kn");
        return new LoadClass(row.text("class"), load.intValueExact(), row.text("installation_id"), row.text("installation_en"),
                row.text("source"));
    }

    private void requireKnownGrades(java.util.Collection<String> codes, String file) {
        codes.stream().filter(code -> !grades.containsKey(code)).findFirst().ifPresent(code -> {
            throw new IllegalStateException("Specification library " + file + " names grade " + code + ", which grades.csv lacks");
        });
    }

    private static String version(InputStream in) {
        var properties = new Properties();
        try (in) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the specification library's version", e);
        }
        String version = properties.getProperty("version", "").trim();
        if (version.isEmpty()) {
            throw new IllegalStateException("Specification library library.properties has no version");
        }
        return version;
    }

    private static InputStream open(ClassPathResource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The specification library file " + resource.getPath() + " is missing", e);
        }
    }
}
