package id.sentra.demand;

/**
 * A buyer changed what one line asks for (e.g. metallic to composite brake blocks); work planned on the
 * old specification may have to stop.
 */
public record SpecificationChanged(long contractId, int lineNo, LineSpecification before, LineSpecification after) {
}
