package id.sentra.quality.production;

import org.springframework.data.relational.core.mapping.Table;

import id.sentra.quality.Element;

/** The export column that holds one element's reading. */
@Table("spectrometer_mapping_column")
record MappedColumn(Element element, String columnName) {
}
