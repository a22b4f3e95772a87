package id.sentra.quality.production.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.DefectCode;
import id.sentra.quality.production.LotDraft;

/** What the lot form posts: the day, good pieces, the heats poured, scrapped pieces per defect. */
public class LotForm {

    private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate madeOn;
    private @Nullable String quantityMade;
    private List<Long> heatIds = new ArrayList<>();
    private Map<String, String> scrapped = new LinkedHashMap<>();

    static LotForm blank(LocalDate today) {
        var form = new LotForm();
        form.madeOn = today;
        return form;
    }

    LotDraft toDraft(List<FieldProblem> problems) {
        var scrap = new EnumMap<DefectCode, Integer>(DefectCode.class);
        for (var defect : DefectCode.values()) {
            var pieces = Decimals.whole(scrapped.get(defect.name()), "scrapped[" + defect.name() + "]", problems);
            if (pieces != null) {
                scrap.put(defect, pieces);
            }
        }
        return new LotDraft(madeOn, Decimals.whole(quantityMade, "quantityMade", problems), List.copyOf(heatIds), scrap);
    }

    public @Nullable LocalDate getMadeOn() { return madeOn; }
    public void setMadeOn(@Nullable LocalDate madeOn) { this.madeOn = madeOn; }
    public @Nullable String getQuantityMade() { return quantityMade; }
    public void setQuantityMade(@Nullable String quantityMade) { this.quantityMade = quantityMade; }
    public List<Long> getHeatIds() { return heatIds; }
    public void setHeatIds(List<Long> heatIds) { this.heatIds = heatIds; }
    public Map<String, String> getScrapped() { return scrapped; }
    public void setScrapped(Map<String, String> scrapped) { this.scrapped = scrapped; }
}
