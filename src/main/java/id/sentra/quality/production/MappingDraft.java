package id.sentra.quality.production;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.Element;

/**
 * How one spectrometer writes its CSV export: the delimiter, decimal comma or point, and which
 * header names the heat number, the date and each element.
 */
public record MappingDraft(
        @Nullable String instrument,
        @Nullable String delimiter,
        boolean decimalComma,
        @Nullable String heatColumn,
        @Nullable String dateColumn,
        @Nullable String datePattern,
        Map<Element, String> columns) {
}
