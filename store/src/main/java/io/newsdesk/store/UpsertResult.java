package io.newsdesk.store;

import java.util.List;

/**
 * What storing a batch of entries did.
 *
 * @param inserted ids of entries stored for the first time, in batch order
 * @param updated ids of stored entries whose content changed (their revision went up)
 * @param unchanged how many entries were already stored as they are, including repeats of an
 *     entry within the batch
 * @param ids the stored id of every entry of the batch, in batch order: {@code ids.get(i)} is
 *     where the batch's entry {@code i} is stored, whether it was inserted, updated or unchanged
 *     (a repeat within the batch has the id of its first occurrence)
 */
public record UpsertResult(List<Long> inserted, List<Long> updated, int unchanged, List<Long> ids) {

    /** Copies the id lists. */
    public UpsertResult {
        inserted = List.copyOf(inserted);
        updated = List.copyOf(updated);
        ids = List.copyOf(ids);
    }
}
