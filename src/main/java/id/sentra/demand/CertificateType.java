package id.sentra.demand;

/** The inspection document a delivery comes with, as EN 10204:2004 names them (section 4). */
public enum CertificateType {
    /** Test report 2.2: the maker's own statement with results of non-specific inspection. */
    EN_10204_2_2,
    /** Inspection certificate 3.1: results of specific inspection, signed by an inspector independent of production. */
    EN_10204_3_1;

    public String messageKey() {
        return "enum.CertificateType." + name();
    }
}
