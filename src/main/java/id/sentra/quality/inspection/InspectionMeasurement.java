package id.sentra.quality.inspection;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** The value of one characteristic on one sampled part (numbered from 1). */
@Table("lot_inspection_measurement")
record InspectionMeasurement(String characteristic, int sampleNo, BigDecimal measured) {
}
