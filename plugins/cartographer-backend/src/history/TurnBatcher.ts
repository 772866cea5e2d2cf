/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */

/**
 * Gathers the calls made in one turn of the event loop and answers them
 * with one call of `run` per `maxBatch` of them. A cache's first list
 * reports thousands of objects at once; their history reads and writes are
 * a few queries this way instead of two per object.
 */
export class TurnBatcher<T, R> {
  private pending: Array<{
    item: T;
    resolve: (result: R) => void;
    reject: (error: unknown) => void;
  }> = [];

  constructor(
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly maxBatch = 100,
  ) {}

  /** Settles with this item's share of its batch's answer. */
  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ item, resolve, reject });
    });
  }

  private flush() {
    const calls = this.pending;
    this.pending = [];
    for (let i = 0; i < calls.length; i += this.maxBatch) {
      const batch = calls.slice(i, i + this.maxBatch);
      this.run(batch.map(c => c.item)).then(
        results => batch.forEach((c, j) => c.resolve(results[j])),
        error => batch.forEach(c => c.reject(error)),
      );
    }
  }
}
