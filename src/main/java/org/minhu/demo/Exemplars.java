package org.minhu.demo;

import java.util.ArrayList;
import java.util.List;
import org.minhu.directory.Unit;

/**
 * A few model communities (示范社区) whose every request is answered in time and solved to the
 * citizen's satisfaction, month after month, and a little busier than most: so that the praise
 * list has communities with full marks on a sample large enough to rank. Their streets are no
 * {@link Laggards}.
 */
final class Exemplars {

    /** 银闸社区 (东城), 翠微路社区 (海淀), 永安里社区 (朝阳), 高各庄村 (通州), 茶坞铁路社区 (怀柔). */
    static final List<String> CODES = List.of("110101001002", "110108001001", "110105001026", "110112104202",
            "110116105001");

    private final List<Place> places = new ArrayList<>();

    Exemplars(DemoCity city) {
        for (String code : CODES) {
            Unit community = city.unit(code);
            Unit street = community == null ? null : city.unit(community.parentCode());
            if (street != null && city.districtOf(street) != null) {
                places.add(new Place(city.districtOf(street), street, DemoCity.place(community.name()), code, true));
            }
        }
    }

    /** One of them, or null when the directory has none of them. */
    Place pick(Dice dice) {
        return places.isEmpty() ? null : places.get(dice.nextInt(places.size()));
    }
}
