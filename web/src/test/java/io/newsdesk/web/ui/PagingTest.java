package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void middlePageHasBothNeighbours() {
        Paging paging = new Paging(20, 20, 45);

        assertThat(paging.hasPrevious()).isTrue();
        assertThat(paging.previousOffset()).isZero();
        assertThat(paging.hasNext()).isTrue();
        assertThat(paging.nextOffset()).isEqualTo(40);
        assertThat(paging.firstItem()).isEqualTo(21);
        assertThat(paging.lastItem()).isEqualTo(40);
    }

    @Test
    void lastPageIsShortAndHasNoNext() {
        Paging paging = new Paging(40, 20, 45);

        assertThat(paging.hasNext()).isFalse();
        assertThat(paging.lastItem()).isEqualTo(45);
        assertThat(paging.isPaged()).isTrue();
    }

    @Test
    void singlePageIsNotPagedAndEmptyListHasNoItems() {
        assertThat(new Paging(0, 20, 20).isPaged()).isFalse();
        Paging empty = new Paging(0, 20, 0);
        assertThat(empty.firstItem()).isZero();
        assertThat(empty.lastItem()).isZero();
        assertThat(empty.isBeyondEnd()).isFalse();
    }

    @Test
    void offsetPastTheEndLeadsBackToTheLastPage() {
        Paging paging = new Paging(500, 20, 45);

        assertThat(paging.isBeyondEnd()).isTrue();
        assertThat(paging.firstItem()).isZero();
        assertThat(paging.previousOffset()).isEqualTo(25);
        assertThat(paging.hasNext()).isFalse();
    }

    @Test
    void negativeOffsetIsTakenAsZeroAndBadLimitsAreRejected() {
        assertThat(new Paging(-5, 20, 45).offset()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> new Paging(0, 0, 45)).withMessageContaining("limit");
        assertThatIllegalArgumentException().isThrownBy(() -> new Paging(0, 20, -1)).withMessageContaining("total");
    }

    @Property
    void followingNextVisitsEveryItemExactlyOnce(
            @ForAll @IntRange(min = 1, max = 50) int limit, @ForAll @LongRange(min = 0, max = 500) long total) {
        long seen = 0;
        Paging paging = new Paging(0, limit, total);
        while (true) {
            if (paging.firstItem() > 0) {
                assertThat(paging.firstItem()).isEqualTo(seen + 1);
                seen = paging.lastItem();
            }
            if (!paging.hasNext()) {
                break;
            }
            paging = new Paging(paging.nextOffset(), limit, total);
        }
        assertThat(seen).isEqualTo(total);
    }

    @Property
    void previousThenNextReturnsToAnAlignedPage(
            @ForAll @IntRange(min = 1, max = 50) int limit, @ForAll @IntRange(min = 1, max = 20) int page) {
        long total = 10_000;
        Paging paging = new Paging((long) page * limit, limit, total);
        Paging previous = new Paging(paging.previousOffset(), limit, total);

        assertThat(previous.nextOffset()).isEqualTo(paging.offset());
    }
}
