package id.sentra.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.sentra.platform.security.SentraUser;
import id.sentra.quality.spec.GradeLibrary;
import id.sentra.quality.spec.ProductSpecCatalog;

/**
 * The specification library as the other quality parts (heats, lots, disposition, certificates) use it: grades by
 * code, the tensile minimum for a specimen and wall, and the limits of the revision in force when a lot was made.
 * No person's scope here: callers have already checked who may see the lot.
 */
@Service
public class Specifications {

    private final GradeLibrary library;
    private final ProductSpecCatalog catalog;

    Specifications(GradeLibrary library, ProductSpecCatalog catalog) {
        this.library = library;
        this.catalog = catalog;
    }

    /** The version of the library this build ships, e.g. {@code 2026.12-1}. */
    public String libraryVersion() {
        return library.version();
    }

    public Optional<MaterialGrade> grade(String code) {
        return library.grade(code);
    }

    public List<MaterialGrade> grades() {
        return library.grades();
    }

    public List<LoadClass> loadClasses() {
        return library.loadClasses();
    }

    public Optional<LoadClass> loadClass(String code) {
        return library.loadClass(code);
    }

    /** See {@link GradeLibrary#tensileMinimum}: empty where the library sets no figure for that specimen and wall. */
    public Optional<TensileMinimum> tensileMinimum(String gradeCode, SpecimenKind specimen, BigDecimal wallMm) {
        return library.tensileMinimum(gradeCode, specimen, wallMm);
    }

    /** Adds a product specification for a person, checked as the pages check it; answers its id. */
    public long create(SentraUser user, NewSpecification request) {
        return catalog.create(user, request);
    }

    /** Adds a revision for a person, checked as the pages check it; answers the revision's number. */
    public int revise(SentraUser user, long specId, int expectedVersion, RevisionRequest request) {
        return catalog.revise(user, specId, expectedVersion, request);
    }

    public Optional<ProductSpecification> specification(long specId) {
        return catalog.find(specId);
    }

    /** The specification a cooperative keeps for a buyer's part number (no buyer: the cooperative's own product). */
    public Optional<ProductSpecification> specificationForPart(long cooperativeId, @org.jspecify.annotations.Nullable Long buyerId,
                                                               String partNumber) {
        return catalog.findByPart(cooperativeId, buyerId, partNumber);
    }

    /** The revision a lot made on {@code date} is judged against; empty before the first revision took effect. */
    public Optional<SpecRevision> revisionInForce(long specId, LocalDate date) {
        return catalog.find(specId).flatMap(spec -> spec.inForceOn(date));
    }

    /**
     * The chemistry a melt for this revision must meet, per element: the grade's binding limits and the drawing's,
     * both at once (the intersection). Typical foundry practice is not a limit and is left out.
     */
    public Map<Element, Limits> chemistryLimits(SpecRevision revision) {
        return chemistryLimits(library.grade(revision.content().gradeCode()), revision);
    }

    static Map<Element, Limits> chemistryLimits(Optional<MaterialGrade> grade, SpecRevision revision) {
        var limits = new EnumMap<Element, Limits>(Element.class);
        grade.ifPresent(g -> g.bindingChemistry().forEach(c -> limits.merge(c.element(), c.percent(), Limits::intersect)));
        revision.content().chemistry().forEach(c -> limits.merge(c.element(), c.percent(), Limits::intersect));
        return limits;
    }

    /** The limits of a named characteristic of the revision, e.g. {@code Diameter bore}. */
    public Optional<Limits> characteristicLimits(SpecRevision revision, String name) {
        return revision.content().characteristic(name).map(Characteristic::limits);
    }

    /**
     * The Brinell hardness a part must show: the drawing's hardness characteristic where it has one, else the
     * grade's hardness where the grade makes it binding (SAE J431, the brake-block specifications).
     */
    public Optional<Limits> hardnessLimits(SpecRevision revision) {
        var fromDrawing = revision.content().characteristics().stream()
                .filter(c -> c.kind() == CharacteristicKind.HARDNESS).map(Characteristic::limits).findFirst();
        if (fromDrawing.isPresent()) {
            return fromDrawing;
        }
        return library.grade(revision.content().gradeCode()).map(MaterialGrade::mechanical)
                .filter(m -> m.hardnessBasis().binding() && !m.hardnessHb().isOpen()).map(Mechanical::hardnessHb);
    }
}
