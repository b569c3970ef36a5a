package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Two transitions racing on one ticket: one wins, the other gets 409. */
class ConcurrentTransitionTest extends TicketApiTestSupport {

    @Autowired
    TicketRepository repository;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSecondOfTwoSavesFromTheSameVersionLoses() throws Exception {
        long id = newTicket().get("id").asLong();
        Actor operator = new Actor("op", Role.OPERATOR, null, null);
        Ticket first = repository.find(id).orElseThrow();
        Ticket second = repository.find(id).orElseThrow();
        first.answer(operator, "答复一", null, clock.instant());
        second.terminate(operator, "终止", clock.instant());

        transaction.executeWithoutResult(s -> repository.update(first));
        MinhuException lost = org.junit.jupiter.api.Assertions.assertThrows(MinhuException.class,
                () -> transaction.executeWithoutResult(s -> repository.update(second)));

        assertThat(lost.status().value()).isEqualTo(409);
        assertThat(lost.code()).isEqualTo("CONCURRENT_UPDATE");
        assertThat(repository.find(id).orElseThrow().status).isEqualTo(TicketStatus.ANSWERED);
    }

    @Test
    void ofManyRacingAcceptsExactlyOneWinsAndTheRestGet409() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            calls.add(() -> {
                start.await();
                return postJson("jianwai", "/api/v1/assignments/" + assignment + "/accept", null).getResponse().getStatus();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).containsOnly(409);
        } finally {
            pool.shutdown();
        }
    }
}
