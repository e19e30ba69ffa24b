import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PdfMeta } from '../render/pdf/pdf-renderer.js';
import type { WorkerSettings } from './company-worker.js';
import type { PacketOptions } from './pipeline.js';
import type { RoleRef } from './targets.js';
import { crashOf, WORKER_HEAP_MB, WorkerLost } from './worker-crash.js';
import type { CompanyHandle } from './worker-protocol.js';
import { WorkerSlot } from './worker-slot.js';

// Only the built worker can run in a thread; from the sources (tests) a batch runs in-thread.
const SCRIPT = new URL('./company-worker.js', import.meta.url);

export const companyWorkersAvailable = (): boolean => existsSync(fileURLToPath(SCRIPT));

export interface CompanyWorkersOptions {
  size: number;
  settings: WorkerSettings;
  /** Prints a page for a worker, in the run's one browser. */
  print: (html: string, meta: PdfMeta) => Promise<Uint8Array>;
  /** A worker's heap limit in MB (default {@link WORKER_HEAP_MB}). */
  heapMb?: number;
}

/**
 * A pool of company worker threads. A company stays on the worker that
 * loaded it until it is released, since only that worker holds its model.
 * When a worker stops, each company it held is loaded once more, on a worker
 * of its own: the company that stopped it fails alone, the others are built.
 */
export class CompanyWorkers {
  readonly #options: CompanyWorkersOptions;
  #slots: WorkerSlot[] = [];
  /** Workers holding one retried company each, never shared. */
  readonly #solo = new Set<WorkerSlot>();
  readonly #home = new Map<string, WorkerSlot>();
  readonly #retries = new Map<string, Promise<CompanyHandle>>();
  /** Set when a worker cannot even start: no point starting more. */
  #broken: Error | undefined;

  constructor(options: CompanyWorkersOptions) {
    this.#options = options;
  }

  async load(company: string): Promise<CompanyHandle> {
    try {
      return await this.#load(company, this.#pick());
    } catch (error) {
      if (error instanceof WorkerLost) return this.#retry(company);
      throw error;
    }
  }

  async build(company: string, role: RoleRef, options: PacketOptions): Promise<string[]> {
    const send = async () => (await this.#slotOf(company).send({ op: 'build', company, role, options })) as string[];
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof WorkerLost)) throw error;
      await this.#retry(company);
      return send().catch((again: unknown) => Promise.reject(crashOf(again)));
    }
  }

  /** Never fails: the company's targets are already reported, and a stopped worker holds nothing. */
  async release(company: string): Promise<void> {
    const slot = this.#home.get(company);
    this.#leave(company);
    this.#retries.delete(company);
    await slot?.send({ op: 'release', company }).catch(() => undefined);
    if (slot && this.#solo.delete(slot)) await slot.end();
  }

  async close(): Promise<void> {
    const slots = [...this.#slots, ...this.#solo];
    this.#slots = [];
    this.#solo.clear();
    await Promise.all(slots.map((slot) => slot.end()));
  }

  async #load(company: string, slot: WorkerSlot): Promise<CompanyHandle> {
    slot.companies.add(company);
    this.#home.set(company, slot);
    try {
      return (await slot.send({ op: 'load', company })) as CompanyHandle;
    } catch (error) {
      if (this.#home.get(company) === slot) this.#leave(company);
      throw error;
    }
  }

  /** The one more load a company gets when its worker stopped; shared by its targets in flight. */
  #retry(company: string): Promise<CompanyHandle> {
    const pending = this.#retries.get(company);
    if (pending) return pending;
    this.#leave(company);
    const slot = this.#spawn(true);
    const retry = this.#load(company, slot).catch((again: unknown) => Promise.reject(crashOf(again)));
    this.#retries.set(company, retry);
    return retry;
  }

  #slotOf(company: string): WorkerSlot {
    const slot = this.#home.get(company);
    if (!slot) throw new Error(`no company worker holds ${company}`);
    return slot;
  }

  /** An idle worker, a new one while there is room, else the least busy. */
  #pick(): WorkerSlot {
    const best = [...this.#slots].sort((a, b) => a.busy - b.busy)[0];
    if (best && (best.busy === 0 || this.#slots.length >= this.#options.size)) return best;
    return this.#spawn(false);
  }

  #spawn(solo: boolean): WorkerSlot {
    if (this.#broken) throw this.#broken;
    const slot = new WorkerSlot({
      script: SCRIPT,
      settings: this.#options.settings,
      heapMb: this.#options.heapMb ?? WORKER_HEAP_MB,
      print: this.#options.print,
      onLost: (lost, ready) => {
        this.#slots = this.#slots.filter((s) => s !== lost);
        this.#solo.delete(lost);
        if (!ready) this.#broken ??= lost.lost;
      },
    });
    if (solo) this.#solo.add(slot);
    else this.#slots.push(slot);
    return slot;
  }

  #leave(company: string): void {
    this.#home.get(company)?.companies.delete(company);
    this.#home.delete(company);
  }
}
