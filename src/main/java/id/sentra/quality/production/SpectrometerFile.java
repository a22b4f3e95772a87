package id.sentra.quality.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import id.sentra.quality.Element;

/**
 * Reads a spectrometer's CSV export with a member's mapping: one analysis per line after the
 * header, every problem named by line and column. It reads only; what to do with the rows is
 * the import's business.
 */
final class SpectrometerFile {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The rows that could be read, and everything wrong with the file. */
    record Reading(List<AnalysisRow> rows, List<ImportProblem> problems) {
    }

    private SpectrometerFile() {
    }

    static Reading read(String text, MappingDraft mapping) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var format = CSVFormat.DEFAULT.builder().setDelimiter(Objects.requireNonNull(mapping.delimiter()))
                .setIgnoreEmptyLines(false).setTrim(true).get();
        try (var parser = CSVParser.parse(content, format)) {
            var records = parser.getRecords();
            if (records.isEmpty()) {
                return new Reading(List.of(), List.of(ImportProblem.of(1, "", "spectro.file.empty")));
            }
            var header = header(records.get(0));
            var problems = new ArrayList<ImportProblem>(missingColumns(header, mapping));
            var rows = new ArrayList<AnalysisRow>();
            if (problems.isEmpty()) {
                var seen = new HashMap<String, Integer>();
                for (var record : records.subList(1, records.size())) {
                    if (!isBlank(record)) {
                        row(record, header, mapping, problems, seen).ifPresent(rows::add);
                    }
                }
            }
            return new Reading(rows, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Commons CSV refuses a malformed quote; the file cannot be read at all.
            return new Reading(List.of(), List.of(ImportProblem.of(1, "", "spectro.file.malformed", e.getMessage())));
        }
    }

    private static Map<String, Integer> header(CSVRecord record) {
        var header = new HashMap<String, Integer>();
        for (int i = 0; i < record.size(); i++) {
            header.putIfAbsent(record.get(i).trim(), i);
        }
        return header;
    }

    private static List<ImportProblem> missingColumns(Map<String, Integer> header, MappingDraft mapping) {
        var problems = new ArrayList<ImportProblem>();
        var wanted = new ArrayList<String>();
        wanted.add(mapping.heatColumn());
        if (mapping.dateColumn() != null) {
            wanted.add(mapping.dateColumn());
        }
        wanted.addAll(new EnumMap<>(mapping.columns()).values());
        wanted.stream().filter(column -> !header.containsKey(column))
                .forEach(column -> problems.add(ImportProblem.of(1, column, "spectro.column.missing")));
        return problems;
    }

    private static java.util.Optional<AnalysisRow> row(CSVRecord record, Map<String, Integer> header, MappingDraft mapping,
                                                       List<ImportProblem> problems, Map<String, Integer> seen) {
        int line = (int) record.getRecordNumber();
        int before = problems.size();
        String heat = cell(record, header, Objects.requireNonNull(mapping.heatColumn()));
        if (heat.isEmpty()) {
            problems.add(ImportProblem.of(line, mapping.heatColumn(), "spectro.heat.required"));
        } else if (seen.putIfAbsent(heat, line) != null) {
            problems.add(ImportProblem.of(line, mapping.heatColumn(), "spectro.heat.duplicate", heat, seen.get(heat)));
        }
        LocalDate date = date(record, header, mapping, line, problems);
        var readings = new EnumMap<Element, BigDecimal>(Element.class);
        // In element order, so problems of one line always come in the same order.
        new EnumMap<>(mapping.columns()).forEach((element, column) -> {
            var value = number(cell(record, header, column), mapping.decimalComma(), line, column, problems);
            if (value != null) {
                readings.put(element, value);
            }
        });
        var sum = readings.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HeatRules.HUNDRED) >= 0) {
            problems.add(ImportProblem.of(line, "", "spectro.readings.sum", sum.stripTrailingZeros().toPlainString()));
        }
        return problems.size() == before ? java.util.Optional.of(new AnalysisRow(line, heat, date, readings)) : java.util.Optional.empty();
    }

    private static @Nullable LocalDate date(CSVRecord record, Map<String, Integer> header, MappingDraft mapping, int line,
                                            List<ImportProblem> problems) {
        if (mapping.dateColumn() == null) {
            return null;
        }
        String text = cell(record, header, mapping.dateColumn());
        try {
            return LocalDate.parse(text, DateTimeFormatter.ofPattern(Objects.requireNonNull(mapping.datePattern())));
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(line, mapping.dateColumn(), "spectro.date.invalid", text, mapping.datePattern()));
            return null;
        }
    }

    /** A blank cell is an element the instrument did not read; anything else must be a mass % in the file's decimal style. */
    private static @Nullable BigDecimal number(String text, boolean decimalComma, int line, String column, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        if (!(decimalComma ? DECIMAL_COMMA : DECIMAL_POINT).matcher(text).matches()) {
            problems.add(ImportProblem.of(line, column, decimalComma ? "spectro.decimal.comma" : "spectro.decimal.point", text));
            return null;
        }
        var value = new BigDecimal(decimalComma ? text.replace(',', '.') : text);
        if (value.signum() < 0 || value.compareTo(HeatRules.HUNDRED) > 0) {
            problems.add(ImportProblem.of(line, column, "spectro.reading.range", text));
            return null;
        }
        return value;
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).trim();
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }
}
