/**
 * Shares one loaded company (its model) between the targets of that company
 * and drops it when the last of them is done. With targets sorted by company
 * and a bounded pool, at most `concurrency` companies are in memory at once,
 * whether the batch has 10 companies or 1,000. Loading is lazy: a target that
 * turns out to be up to date never loads its company.
 */
export interface CompanyPool<V> {
  use<R>(company: string, fn: (get: () => Promise<V>) => Promise<R>): Promise<R>;
  /** Companies currently held (for tests and the benchmark). */
  readonly size: number;
}

export function createCompanyPool<V>(
  companies: readonly string[],
  load: (company: string) => Promise<V>,
): CompanyPool<V> {
  const remaining = new Map<string, number>();
  for (const company of companies) remaining.set(company, (remaining.get(company) ?? 0) + 1);
  const held = new Map<string, Promise<V>>();

  const get = (company: string): Promise<V> => {
    let value = held.get(company);
    if (!value) {
      // A failed load is kept too: the company's other targets fail alike, without reloading.
      value = load(company);
      held.set(company, value);
    }
    return value;
  };
  const release = (company: string): void => {
    const left = (remaining.get(company) ?? 1) - 1;
    remaining.set(company, left);
    if (left <= 0) held.delete(company);
  };

  return {
    async use(company, fn) {
      try {
        return await fn(() => get(company));
      } finally {
        release(company);
      }
    },
    get size() {
      return held.size;
    },
  };
}
