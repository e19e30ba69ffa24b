import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfMeta } from '../render/pdf/pdf-renderer.js';
import type { WorkerSettings } from './company-worker.js';
import type { PacketOptions } from './pipeline.js';
import type { RoleRef } from './targets.js';
import { ContentError } from '../errors.js';
import { fromWire, toWire, type CompanyHandle, type Job, type JobRequest, type PrintReply, type WorkerMessage } from './worker-protocol.js';

// Only the built worker can run in a thread; from the sources (tests) a batch runs in-thread.
const SCRIPT = new URL('./company-worker.js', import.meta.url);
/**
 * A worker's heap limit. Far above what one company needs (~50 MB live), but
 * with a limit V8 grows the heap like a small one: without it, each worker's
 * heap grew to ~250 MB over the first hundred companies, with one ~100 MB.
 */
export const WORKER_HEAP_MB = 1024;

export const companyWorkersAvailable = (): boolean => existsSync(fileURLToPath(SCRIPT));

export interface CompanyWorkersOptions {
  size: number;
  settings: WorkerSettings;
  /** Prints a page for a worker, in the run's one browser. */
  print: (html: string, meta: PdfMeta) => Promise<Uint8Array>;
  /** A worker's heap limit in MB (default {@link WORKER_HEAP_MB}). */
  heapMb?: number;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
  companies: Set<string>;
  /** Why the worker is gone, once it is. */
  lost?: Error;
}

/**
 * A pool of company worker threads. A company stays on the worker that
 * loaded it until it is released, since only that worker holds its model.
 */
export class CompanyWorkers {
  readonly #options: CompanyWorkersOptions;
  #slots: Slot[] = [];
  readonly #home = new Map<string, Slot>();
  #nextId = 0;

  get #heapMb(): number {
    return this.#options.heapMb ?? WORKER_HEAP_MB;
  }

  constructor(options: CompanyWorkersOptions) {
    this.#options = options;
  }

  async load(company: string): Promise<CompanyHandle> {
    const slot = this.#pick();
    slot.companies.add(company);
    this.#home.set(company, slot);
    try {
      return (await this.#send(slot, { op: 'load', company })) as CompanyHandle;
    } catch (error) {
      this.#leave(company);
      throw error;
    }
  }

  async build(company: string, role: RoleRef, options: PacketOptions): Promise<string[]> {
    const slot = this.#home.get(company);
    if (!slot) throw new Error(`no company worker holds ${company}`);
    return (await this.#send(slot, { op: 'build', company, role, options })) as string[];
  }

  async release(company: string): Promise<void> {
    const slot = this.#home.get(company);
    if (!slot) return;
    try {
      await this.#send(slot, { op: 'release', company });
    } finally {
      this.#leave(company);
    }
  }

  async close(): Promise<void> {
    const slots = this.#slots;
    this.#slots = [];
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** An idle worker, a new one while there is room, else the least busy. */
  #pick(): Slot {
    const busy = (slot: Slot) => slot.companies.size + slot.pending.size;
    const best = [...this.#slots].sort((a, b) => busy(a) - busy(b))[0];
    if (best && (busy(best) === 0 || this.#slots.length >= this.#options.size)) return best;
    return this.#spawn();
  }

  #leave(company: string): void {
    this.#home.get(company)?.companies.delete(company);
    this.#home.delete(company);
  }

  #send(slot: Slot, job: JobRequest): Promise<unknown> {
    if (slot.lost) return Promise.reject(slot.lost);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ ...job, id } as Job);
    });
  }

  #spawn(): Slot {
    const worker = new Worker(SCRIPT, { workerData: this.#options.settings, resourceLimits: { maxOldGenerationSizeMb: this.#heapMb } });
    const slot: Slot = { worker, pending: new Map(), companies: new Set() };
    worker.unref();
    worker.on('message', (message: WorkerMessage) => this.#receive(slot, message));
    worker.on('error', (error) => this.#lost(slot, describeCrash(error, this.#heapMb)));
    worker.on('exit', (code) => this.#lost(slot, new Error(`company worker stopped (exit code ${code})`)));
    this.#slots.push(slot);
    return slot;
  }

  #receive(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'print') return this.#print(slot, message.id, message.html, message.meta);
    const job = slot.pending.get(message.id);
    slot.pending.delete(message.id);
    // An idle worker must not keep the process alive; a busy one must.
    if (slot.pending.size === 0) slot.worker.unref();
    if (message.type === 'done') job?.resolve(message.value);
    else job?.reject(fromWire(message.error));
  }

  #print(slot: Slot, id: number, html: string, meta: PdfMeta): void {
    const reply = (message: PrintReply) => slot.worker.postMessage(message);
    this.#options.print(html, meta).then(
      (pdf) => reply({ type: 'printed', id, pdf }),
      (error: unknown) => reply({ type: 'print-failed', id, error: toWire(error) }),
    );
  }

  /** A worker that crashed or was stopped fails what it had in hand; its companies are lost with it. */
  #lost(slot: Slot, error: Error): void {
    slot.lost ??= error;
    for (const job of slot.pending.values()) job.reject(error);
    slot.pending.clear();
    this.#slots = this.#slots.filter((s) => s !== slot);
  }
}

/** A worker out of memory says so, and what to do; anything else keeps its own message. */
function describeCrash(error: Error, heapMb: number): Error {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  return new ContentError(`a company worker ran out of memory (its heap is limited to ${heapMb} MB).`, {
    hint: 'Split the company\'s largest documents, or report it with the profile: no company should need that much.',
  });
}
