package id.sentra.matching;

/**
 * What a member's past work says about it: the share of defective pieces over the lots inspected
 * and the share of work orders delivered on time. Kept by the quality module; matchmaking and
 * allocation only read it.
 *
 * @param lotsInspected lots the figures rest on; with none, the member has no record yet
 * @param defectivePpm defective pieces per million inspected
 * @param onTimeShare share of work orders shipped by their month (0–1), or -1 when none was due yet
 */
public record SupplierRecord(int lotsInspected, long defectivePpm, double onTimeShare) {

    public static final SupplierRecord NONE = new SupplierRecord(0, 0, -1);

    public boolean hasQualityRecord() {
        return lotsInspected > 0;
    }

    public boolean hasDeliveryRecord() {
        return onTimeShare >= 0;
    }
}
