package id.sentra.quality;

/** A limit on one element in percent by mass, where it comes from and how binding it is. */
public record ChemistryLimit(Element element, Limits percent, ValueBasis basis, String source) {

    /** A limit the buyer's drawing or product specification sets. */
    public static ChemistryLimit fromDrawing(Element element, Limits percent) {
        return new ChemistryLimit(element, percent, ValueBasis.DRAWING, "");
    }
}
