package id.sentra.matching;

import java.util.Map;

/**
 * Where matchmaking and allocation read members' quality and delivery records. The quality module
 * provides it; without it every member has no record and scores in the middle.
 */
public interface SupplierRecords {

    /** Member id to its record; members without one are absent. */
    Map<Long, SupplierRecord> all();
}
