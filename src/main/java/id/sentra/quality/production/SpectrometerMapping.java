package id.sentra.quality.production;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.audit.Audited;
import id.sentra.quality.Element;

/** A member's saved column mapping for one instrument, so each export is read the same way. */
@Table("spectrometer_mapping")
class SpectrometerMapping implements Audited {

    private @Id @Nullable Long id;
    private long memberId;
    private String instrument;
    private String delimiter = ";";
    private boolean decimalComma;
    private String heatColumn = "";
    private @Nullable String dateColumn;
    private String datePattern = "";
    @MappedCollection(idColumn = "spectrometer_mapping_id")
    private Set<MappedColumn> columns = new HashSet<>();
    private @Version int version;

    SpectrometerMapping(long memberId, String instrument) {
        this.memberId = memberId;
        this.instrument = instrument;
    }

    /** Takes over a draft that passed {@link MappingRules}. */
    void apply(MappingDraft draft) {
        delimiter = Objects.requireNonNull(draft.delimiter());
        decimalComma = draft.decimalComma();
        heatColumn = Objects.requireNonNull(draft.heatColumn()).trim();
        dateColumn = draft.dateColumn() == null || draft.dateColumn().isBlank() ? null : draft.dateColumn().trim();
        datePattern = Objects.requireNonNull(draft.datePattern()).trim();
        columns = new HashSet<>();
        draft.columns().forEach((element, column) -> {
            if (column != null && !column.isBlank()) {
                columns.add(new MappedColumn(element, column.trim()));
            }
        });
    }

    MappingDraft toDraft() {
        Map<Element, String> byElement = new EnumMap<>(Element.class);
        columns.forEach(c -> byElement.put(c.element(), c.columnName()));
        return new MappingDraft(instrument, delimiter, decimalComma, heatColumn, dateColumn, datePattern, byElement);
    }

    @Override
    public @Nullable Long getId() { return id; }

    @Override
    public String auditType() { return "spectrometerMapping"; }

    long memberId() { return memberId; }
    String instrument() { return instrument; }
}
