package id.sentra.tkdn;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The worksheet's heading: the manufacturer (a member IKM) and its cooperative, the product's name and the
 * buyer's part number where there is one, the period the cost and charge figures cover, and who prepared it.
 */
public record WorksheetHeader(Manufacturer manufacturer, String product, @Nullable String buyerPartNumber,
                              LocalDate periodFrom, LocalDate periodTo, Prepared prepared) {

    public WorksheetHeader {
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("The period ends (" + periodTo + ") before it starts (" + periodFrom + ")");
        }
    }

    /** The member that makes the product, with its address and the cooperative it belongs to. */
    public record Manufacturer(String name, String address, String cooperative) {
    }

    /** When and by whom the worksheet was prepared. */
    public record Prepared(LocalDate on, String by) {
    }
}
