package org.minhu.ticket;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import org.minhu.directory.Actors;
import org.minhu.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 吹哨报到 over HTTP: blow on a ticket, report in, record the work, list and read whistles. */
@RestController
class WhistleController {

    /** {@code {type, unitCodes, note}}. */
    record Blow(WhistleType type, List<String> unitCodes, String note) {
    }

    record Note(String note) {
    }

    private final Whistles whistles;
    private final ZoneId zone;

    WhistleController(Whistles whistles, ZoneId cityZone) {
        this.whistles = whistles;
        this.zone = cityZone;
    }

    @PostMapping("/api/v1/tickets/{id}/whistle")
    @ResponseStatus(HttpStatus.CREATED)
    WhistleView blow(@PathVariable long id, @Valid @RequestBody Blow body) {
        return whistles.blow(id, body.type(), body.unitCodes(), body.note(), Actors.current());
    }

    /** 主动发现: a street registers a problem it found and blows the whistle on it at once. */
    @PostMapping("/api/v1/whistles")
    @ResponseStatus(HttpStatus.CREATED)
    WhistleView patrol(@Valid @RequestBody PatrolFinding body) {
        return whistles.patrol(body, Actors.current());
    }

    @PostMapping("/api/v1/whistles/{id}/report")
    WhistleView report(@PathVariable long id, @RequestBody(required = false) Note body) {
        return whistles.reportIn(id, body == null ? null : body.note(), Actors.current());
    }

    @PostMapping("/api/v1/whistles/{id}/work")
    WhistleView work(@PathVariable long id, @RequestBody Note body) {
        return whistles.recordWork(id, body.note(), Actors.current());
    }

    @GetMapping("/api/v1/whistles/{id}")
    WhistleView get(@PathVariable long id) {
        return whistles.get(id, Actors.current());
    }

    @GetMapping("/api/v1/whistles")
    Page<WhistleView> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return whistles.find(new WhistleQuery(unit, status, TimeParam.start(from, zone, "from"),
                TimeParam.end(to, zone, "to"), page, size), Actors.current());
    }
}
