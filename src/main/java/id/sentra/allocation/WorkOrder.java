package id.sentra.allocation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;
import id.sentra.registry.MaterialFamily;

/** Pieces of one contract line that one member is to make in one month, at its own price. */
@Table("work_order")
public class WorkOrder implements Audited {

    private @Id @Nullable Long id;
    private long planId;
    private long contractId;
    private long cooperativeId;
    private long memberId;
    private int lineNo;
    private String partName;
    private MaterialFamily material;
    private int gramsPerPiece;
    private LocalDate period;
    private int pieces;
    private long unitPrice;
    private WorkOrderStatus status = WorkOrderStatus.RELEASED;
    private @Nullable LocalDate shippedOn;
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    WorkOrder(long planId, long contractId, long cooperativeId, long memberId, int lineNo, String partName,
              MaterialFamily material, int gramsPerPiece, LocalDate period, int pieces, long unitPrice) {
        this.planId = planId;
        this.contractId = contractId;
        this.cooperativeId = cooperativeId;
        this.memberId = memberId;
        this.lineNo = lineNo;
        this.partName = partName;
        this.material = material;
        this.gramsPerPiece = gramsPerPiece;
        this.period = period;
        this.pieces = pieces;
        this.unitPrice = unitPrice;
    }

    @Override
    public @Nullable Long getId() { return id; }

    @Override
    public String auditType() { return "workOrder"; }

    public long contractId() { return contractId; }
    public long cooperativeId() { return cooperativeId; }
    public long memberId() { return memberId; }
    public int lineNo() { return lineNo; }
    public String partName() { return partName; }
    public MaterialFamily material() { return material; }
    public LocalDate period() { return period; }
    public int pieces() { return pieces; }
    public int gramsPerPiece() { return gramsPerPiece; }
    public long unitPrice() { return unitPrice; }
    public WorkOrderStatus status() { return status; }
    public @Nullable LocalDate shippedOn() { return shippedOn; }

    public long id() { return java.util.Objects.requireNonNull(id, "a saved work order has an id"); }
    public int version() { return version; }

    /** The member starts melting and pouring for this order. */
    public void startProduction(int expectedVersion) {
        move(expectedVersion, WorkOrderStatus.RELEASED, WorkOrderStatus.IN_PRODUCTION);
    }

    /** Its lots have been inspected; until disposition exists, the member or operator says so. */
    public void markInspected(int expectedVersion) {
        move(expectedVersion, WorkOrderStatus.IN_PRODUCTION, WorkOrderStatus.INSPECTED);
    }

    /** The member has sent the inspected pieces to the buyer; the day counts for on-time delivery. */
    public void ship(int expectedVersion, LocalDate on) {
        move(expectedVersion, WorkOrderStatus.INSPECTED, WorkOrderStatus.SHIPPED);
        shippedOn = on;
    }

    private void move(int expectedVersion, WorkOrderStatus from, WorkOrderStatus to) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
        if (status != from) {
            throw new WorkOrderStateException(id == null ? 0 : id, status, to);
        }
        status = to;
    }

    public long kg() {
        return (long) pieces * gramsPerPiece / 1000;
    }

    public long value() {
        return pieces * unitPrice;
    }
}
