package id.sentra.quality.production.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.Element;
import id.sentra.quality.production.MappingDraft;

/** The mapping form: a tab delimiter is chosen as the word "tab", since a form field cannot well hold one. */
public class MappingForm {

    private @Nullable String instrument;
    private String delimiter = ";";
    private boolean decimalComma = true;
    private @Nullable String heatColumn;
    private @Nullable String dateColumn;
    private String datePattern = "dd/MM/yyyy";
    private Map<String, String> columns = new LinkedHashMap<>();

    MappingDraft toDraft() {
        var byElement = new EnumMap<Element, String>(Element.class);
        for (var element : Element.values()) {
            String column = columns.get(element.name());
            if (column != null && !column.isBlank()) {
                byElement.put(element, column.trim());
            }
        }
        return new MappingDraft(instrument, "tab".equals(delimiter) ? "\t" : delimiter, decimalComma, heatColumn,
                dateColumn, datePattern, byElement);
    }

    public @Nullable String getInstrument() { return instrument; }
    public void setInstrument(@Nullable String instrument) { this.instrument = instrument; }
    public String getDelimiter() { return delimiter; }
    public void setDelimiter(String delimiter) { this.delimiter = delimiter; }
    public boolean isDecimalComma() { return decimalComma; }
    public void setDecimalComma(boolean decimalComma) { this.decimalComma = decimalComma; }
    public @Nullable String getHeatColumn() { return heatColumn; }
    public void setHeatColumn(@Nullable String heatColumn) { this.heatColumn = heatColumn; }
    public @Nullable String getDateColumn() { return dateColumn; }
    public void setDateColumn(@Nullable String dateColumn) { this.dateColumn = dateColumn; }
    public String getDatePattern() { return datePattern; }
    public void setDatePattern(String datePattern) { this.datePattern = datePattern; }
    public Map<String, String> getColumns() { return columns; }
    public void setColumns(Map<String, String> columns) { this.columns = columns; }
}
