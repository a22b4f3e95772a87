package id.sentra.allocation.web;

import java.util.ArrayList;
import java.util.List;

import id.sentra.allocation.Allocation;
import id.sentra.allocation.LineRule;
import id.sentra.allocation.PlanPin;

/** The allocation settings as the form posts them: fairness weight, per-line limits, pins carried over. */
public class AllocationForm {

    private long fairnessPerKg = 1_000;
    private List<Rule> rules = new ArrayList<>();
    private List<PinRow> pins = new ArrayList<>();

    static AllocationForm from(Allocation.Settings settings) {
        var form = new AllocationForm();
        form.fairnessPerKg = settings.fairnessPerKg();
        settings.lineRules().forEach(r -> form.rules.add(new Rule(r.lineNo(), r.minLot(), r.maxSharePercent())));
        settings.pins().forEach(p -> form.pins.add(new PinRow(p.memberId(), p.lineNo(), p.period().toString().substring(0, 7), p.pieces())));
        return form;
    }

    Allocation.Settings toSettings() {
        return new Allocation.Settings(Math.max(0, fairnessPerKg),
                rules.stream().filter(r -> r != null && r.getLineNo() > 0)
                        .map(r -> new LineRule(r.getLineNo(), Math.max(0, r.getMinLot()), Math.clamp(r.getMaxSharePercent(), 1, 100))).toList(),
                pins.stream().filter(p -> p != null && p.getMemberId() != null && p.getMemberId() > 0 && p.getLineNo() != null
                                && p.getPieces() != null && p.getMonth() != null && !p.getMonth().isBlank())
                        .map(p -> new PlanPin(p.getMemberId(), p.getLineNo(), java.time.YearMonth.parse(p.getMonth()).atDay(1),
                                Math.max(0, p.getPieces()))).toList());
    }

    public long getFairnessPerKg() { return fairnessPerKg; }
    public void setFairnessPerKg(long fairnessPerKg) { this.fairnessPerKg = fairnessPerKg; }
    public List<Rule> getRules() { return rules; }
    public void setRules(List<Rule> rules) { this.rules = rules; }
    public List<PinRow> getPins() { return pins; }
    public void setPins(List<PinRow> pins) { this.pins = pins; }

    /** One line's limits. */
    public static class Rule {
        private int lineNo;
        private int minLot;
        private int maxSharePercent = 50;

        public Rule() {
        }

        Rule(int lineNo, int minLot, int maxSharePercent) {
            this.lineNo = lineNo;
            this.minLot = minLot;
            this.maxSharePercent = maxSharePercent;
        }

        public int getLineNo() { return lineNo; }
        public void setLineNo(int lineNo) { this.lineNo = lineNo; }
        public int getMinLot() { return minLot; }
        public void setMinLot(int minLot) { this.minLot = minLot; }
        public int getMaxSharePercent() { return maxSharePercent; }
        public void setMaxSharePercent(int maxSharePercent) { this.maxSharePercent = maxSharePercent; }
    }

    /** One pinned quantity: member, line, month (yyyy-MM), pieces. */
    public static class PinRow {
        private @org.jspecify.annotations.Nullable Long memberId;
        private @org.jspecify.annotations.Nullable Integer lineNo;
        private String month = "";
        private @org.jspecify.annotations.Nullable Integer pieces;

        public PinRow() {
        }

        PinRow(long memberId, int lineNo, String month, int pieces) {
            this.memberId = memberId;
            this.lineNo = lineNo;
            this.month = month;
            this.pieces = pieces;
        }

        public @org.jspecify.annotations.Nullable Long getMemberId() { return memberId; }
        public void setMemberId(@org.jspecify.annotations.Nullable Long memberId) { this.memberId = memberId; }
        public @org.jspecify.annotations.Nullable Integer getLineNo() { return lineNo; }
        public void setLineNo(@org.jspecify.annotations.Nullable Integer lineNo) { this.lineNo = lineNo; }
        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public @org.jspecify.annotations.Nullable Integer getPieces() { return pieces; }
        public void setPieces(@org.jspecify.annotations.Nullable Integer pieces) { this.pieces = pieces; }
    }
}
