package id.sentra.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.allocation.planning.SolveStatus;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;

/**
 * One proposed split of a contract over a cooperative's members: the operator's settings (fairness
 * weight, line limits, pins), the quantities the optimiser chose, and the headline figures.
 */
@Table("allocation_plan")
public class Allocation implements Audited {

    private @Id @Nullable Long id;
    private long contractId;
    private long cooperativeId;
    private long fairnessPerKg;
    private PlanStatus status = PlanStatus.DRAFT;
    private SolveStatus solveStatus;
    private long costRupiah;
    private long cheapestRupiah;
    private long deviationKg;
    private int shortPieces;
    private @Nullable Instant publishedAt;
    private @Nullable String publishedBy;
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;
    @MappedCollection(idColumn = "plan_id", keyColumn = "plan_key")
    private List<LineRule> lineRules = new ArrayList<>();
    @MappedCollection(idColumn = "plan_id", keyColumn = "plan_key")
    private List<PlanPin> pins = new ArrayList<>();
    @MappedCollection(idColumn = "plan_id", keyColumn = "plan_key")
    private List<PlanQuantity> quantities = new ArrayList<>();

    Allocation(long contractId, long cooperativeId, long fairnessPerKg, SolveStatus solveStatus, long costRupiah,
               long cheapestRupiah, long deviationKg, int shortPieces) {
        this.contractId = contractId;
        this.cooperativeId = cooperativeId;
        this.fairnessPerKg = fairnessPerKg;
        this.solveStatus = solveStatus;
        this.costRupiah = costRupiah;
        this.cheapestRupiah = cheapestRupiah;
        this.deviationKg = deviationKg;
        this.shortPieces = shortPieces;
    }

    static Allocation of(long contractId, long cooperativeId, Settings settings, Figures figures, List<PlanQuantity> quantities) {
        var plan = new Allocation(contractId, cooperativeId, settings.fairnessPerKg(), figures.solveStatus(), figures.cost(),
                figures.cheapest(), figures.deviationKg(), figures.shortPieces());
        plan.lineRules = new ArrayList<>(settings.lineRules());
        plan.pins = new ArrayList<>(settings.pins());
        plan.quantities = new ArrayList<>(quantities);
        return plan;
    }

    /** Publishing needs a complete plan that nobody changed meanwhile. */
    void publish(int expectedVersion, String by, Instant at) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("Plan " + id + " is " + status + ", only a draft can be published");
        }
        if (shortPieces > 0 || solveStatus == SolveStatus.INFEASIBLE) {
            throw new IllegalStateException("Plan " + id + " leaves " + shortPieces + " pieces unmade; it cannot be published");
        }
        status = PlanStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    void supersede() {
        if (status == PlanStatus.DRAFT) {
            status = PlanStatus.SUPERSEDED;
        }
    }

    public Settings settings() {
        return new Settings(fairnessPerKg, List.copyOf(lineRules), List.copyOf(pins));
    }

    @Override
    public @Nullable Long getId() { return id; }

    @Override
    public String auditType() { return "allocation"; }

    public long contractId() { return contractId; }
    public long cooperativeId() { return cooperativeId; }
    public PlanStatus status() { return status; }
    public SolveStatus solveStatus() { return solveStatus; }
    public long costRupiah() { return costRupiah; }
    public long cheapestRupiah() { return cheapestRupiah; }
    public long costOfFairness() { return costRupiah - cheapestRupiah; }
    public long deviationKg() { return deviationKg; }
    public int shortPieces() { return shortPieces; }
    public int version() { return version; }
    public @Nullable Instant publishedAt() { return publishedAt; }
    public @Nullable String publishedBy() { return publishedBy; }
    public @Nullable Instant createdAt() { return createdAt; }
    public @Nullable String createdBy() { return createdBy; }
    public List<PlanQuantity> quantities() { return List.copyOf(quantities); }

    /** What the operator chose before solving. */
    public record Settings(long fairnessPerKg, List<LineRule> lineRules, List<PlanPin> pins) {
    }

    /** The headline figures of a solve. */
    record Figures(SolveStatus solveStatus, long cost, long cheapest, long deviationKg, int shortPieces) {
    }
}
