package id.sentra.quality.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.Element;

/** One analysis read from a spectrometer file, with the line it came from. */
public record AnalysisRow(int line, String heatNumber, @Nullable LocalDate analysedOn, Map<Element, BigDecimal> readings) {
}
