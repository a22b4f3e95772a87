package id.sentra.quality.certificate;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an inspection certificate states, as issued: the canonical snapshot that is sealed, printed and shown on
 * the verification page. Figures are kept as printed strings so the snapshot reads back exactly as sealed.
 * Fields follow EN 10204:2004 type 3.1 as foundries fill it (shared/data/inspection_certificate_en10204.csv).
 */
public record CertificateContent(
        String number,
        String verifyUrl,
        String type,
        String issuedOn,
        String manufacturer,
        String cooperative,
        String buyer,
        Order order,
        Product product,
        Quantities quantities,
        List<HeatResult> heats,
        Inspection inspection) {

    public CertificateContent {
        heats = List.copyOf(heats);
    }

    /** The purchaser's order: contract reference and title, and the member's work order. */
    public record Order(String contractReference, String contractTitle, long workOrderId, String period) {
    }

    /** The part, its drawing, the grade and the specification revision the lot was judged against. */
    public record Product(String partName, String partNumber, String drawing, String grade, String specRevision) {
    }

    /** The lot and how many pieces it holds. */
    public record Quantities(long lotId, String madeOn, int piecesMade, int piecesScrapped) {
    }

    /** One heat with its chemistry and mechanical results beside the limits. */
    public record HeatResult(String heatNumber, String meltedOn, List<Result> chemistry, List<Result> mechanical) {

        public HeatResult {
            chemistry = List.copyOf(chemistry);
            mechanical = List.copyOf(mechanical);
        }
    }

    /**
     * A measured figure beside its limits; a blank limit is none. {@code basis} names where the limits come from when a
     * table row chose them (grey-iron tensile by specimen and wall); certificates issued before it have none.
     */
    public record Result(String name, String unit, @Nullable String min, @Nullable String max, String actual,
                         @Nullable String basis) {

        public Result(String name, String unit, @Nullable String min, @Nullable String max, String actual) {
            this(name, unit, min, max, actual, null);
        }
    }

    /** Who inspected the lot, how, and what stands. */
    public record Inspection(String samplingPlan, int sampleSize, int defectives, String inspector, String inspectedOn,
                             String disposition) {
    }
}
