package id.sentra.quality.production;

import org.springframework.data.relational.core.mapping.Table;

import id.sentra.quality.DefectCode;

/** Pieces of a lot's pour scrapped for one defect of the shared defect book. */
@Table("lot_defect")
record LotDefect(DefectCode defect, int pieces) {
}
