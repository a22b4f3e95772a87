package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Regulation;

/** One member's product for one contract line, with the cost structure its TKDN is computed from. */
@Table("tkdn_product")
class TkdnProduct implements Audited {

    private @Id @Nullable Long id;
    private long cooperativeId;
    private long memberId;
    private long contractId;
    private int lineNo;
    private String product;
    private Regulation regulation;
    private FactoryBasis factoryBasis;
    private BigDecimal bmpPercent;
    private LocalDate heatsFrom;
    private LocalDate heatsTo;
    @MappedCollection(idColumn = "tkdn_product_id", keyColumn = "line_key")
    private List<StoredLine> lines = new ArrayList<>();
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    TkdnProduct(long cooperativeId, long memberId, long contractId, int lineNo, String product,
                Regulation regulation, FactoryBasis factoryBasis, BigDecimal bmpPercent, LocalDate heatsFrom, LocalDate heatsTo) {
        this.cooperativeId = cooperativeId;
        this.memberId = memberId;
        this.contractId = contractId;
        this.lineNo = lineNo;
        this.product = product;
        this.regulation = regulation;
        this.factoryBasis = factoryBasis;
        this.bmpPercent = bmpPercent;
        this.heatsFrom = heatsFrom;
        this.heatsTo = heatsTo;
    }

    static TkdnProduct of(ProductKey key, String product, CostDraft draft) {
        var created = new TkdnProduct(key.cooperativeId(), key.memberId(), key.contractId(), key.lineNo(), product,
                draft.regulation(), draft.factoryBasis(), draft.bmpPercent(), draft.heatsFrom(), draft.heatsTo());
        created.lines = new ArrayList<>(draft.lines().stream().map(StoredLine::of).toList());
        return created;
    }

    /** Replaces the whole structure, refusing an edit started from an older version. */
    void revise(int expectedVersion, CostDraft draft) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id());
        }
        regulation = draft.regulation();
        factoryBasis = draft.factoryBasis();
        bmpPercent = draft.bmpPercent();
        heatsFrom = draft.heatsFrom();
        heatsTo = draft.heatsTo();
        lines = new ArrayList<>(draft.lines().stream().map(StoredLine::of).toList());
    }

    CostDraft draft() {
        return new CostDraft(regulation, factoryBasis, bmpPercent, heatsFrom, heatsTo, lines.stream().map(StoredLine::draft).toList());
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String auditType() {
        return "tkdnProduct";
    }

    long id() {
        return Objects.requireNonNull(id, "a saved product has an id");
    }

    ProductKey key() {
        return new ProductKey(cooperativeId, memberId, contractId, lineNo);
    }

    String product() { return product; }
    Regulation regulation() { return regulation; }
    int version() { return version; }
    @Nullable Instant modifiedAt() { return modifiedAt; }
    @Nullable String modifiedBy() { return modifiedBy; }
}
