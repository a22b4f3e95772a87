package id.sentra.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a member really put into its furnaces: the charge lines of the chosen materials in its heats melted
 * within a period, heat by heat, for local content (TKDN) evidence. Not scoped by person: the caller has
 * already decided that the reader may see this member's production.
 */
public interface ChargeRecords {

    /** Every charge line of these materials in the member's heats melted from {@code from} to {@code to}, both included, oldest first. */
    List<ChargeUse> charges(long memberId, Set<ChargeMaterial> materials, LocalDate from, LocalDate to);
}
