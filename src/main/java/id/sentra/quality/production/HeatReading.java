package id.sentra.quality.production;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

import id.sentra.quality.Element;

/** One element's mass % in a heat, as the spectrometer (or the member) read it. */
@Table("heat_reading")
record HeatReading(Element element, BigDecimal massPercent) {
}
