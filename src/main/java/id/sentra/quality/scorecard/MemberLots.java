package id.sentra.quality.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.quality.DefectCode;

/** A member's lots in the window: good pieces per lot (for rejected-lot PPM) and scrap by defect code. */
@Component
class MemberLots {

    private final JdbcClient jdbc;

    MemberLots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lot id to its good pieces, for the member's lots made in the window. */
    Map<Long, Integer> pieces(long memberId, YearMonth current) {
        var pieces = new HashMap<Long, Integer>();
        jdbc.sql("select id, quantity_made from lot where member_id = :m and made_on >= :from")
                .param("m", memberId).param("from", Window.first(current))
                .query((rs, i) -> pieces.put(rs.getLong(1), rs.getInt(2))).list();
        return pieces;
    }

    ScrapTally scrap(long memberId, YearMonth current) {
        LocalDate from = Window.first(current);
        long good = jdbc.sql("select coalesce(sum(quantity_made), 0) from lot where member_id = :m and made_on >= :from")
                .param("m", memberId).param("from", from).query(Long.class).single();
        var scrapped = new EnumMap<DefectCode, Long>(DefectCode.class);
        jdbc.sql("""
                select d.defect, sum(d.pieces) from lot_defect d join lot l on l.id = d.lot_id
                where l.member_id = :m and l.made_on >= :from group by d.defect""")
                .param("m", memberId).param("from", from)
                .query((rs, i) -> scrapped.put(DefectCode.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return new ScrapTally(good, scrapped);
    }
}
