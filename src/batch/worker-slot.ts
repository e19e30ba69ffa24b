import { Worker } from 'node:worker_threads';
import type { PdfMeta } from '../render/pdf/pdf-renderer.js';
import type { WorkerSettings } from './company-worker.js';
import { describeCrash, WorkerLost } from './worker-crash.js';
import { fromWire, toWire, type Job, type JobRequest, type PrintReply, type WorkerMessage } from './worker-protocol.js';

export interface SlotOptions {
  script: URL;
  settings: WorkerSettings;
  heapMb: number;
  print: (html: string, meta: PdfMeta) => Promise<Uint8Array>;
  /** Called once when the worker stops without being asked to; `ready` says whether it had started. */
  onLost: (slot: WorkerSlot, ready: boolean) => void;
}

/** One company worker thread and the jobs it has in hand. */
export class WorkerSlot {
  /** Companies whose model this worker holds. */
  readonly companies = new Set<string>();
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  readonly #worker: Worker;
  readonly #options: SlotOptions;
  #nextId = 0;
  #ready = false;
  #ending = false;
  /** Why the worker is gone, once it is. */
  lost: Error | undefined;

  constructor(options: SlotOptions) {
    this.#options = options;
    this.#worker = new Worker(options.script, { workerData: options.settings, resourceLimits: { maxOldGenerationSizeMb: options.heapMb } });
    this.#worker.unref();
    this.#worker.on('message', (message: WorkerMessage) => this.#receive(message));
    this.#worker.on('error', (error) => this.#stopped(describeCrash(error, options.heapMb)));
    this.#worker.on('exit', (code) => this.#stopped(describeCrash(code, options.heapMb)));
  }

  get busy(): number {
    return this.companies.size + this.#pending.size;
  }

  send(job: JobRequest): Promise<unknown> {
    if (this.lost) return Promise.reject(new WorkerLost(this, this.lost));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage({ ...job, id } as Job);
    });
  }

  /**
   * Asks the worker to exit and waits for it (5 s at most). Not terminate():
   * write-file-atomic removes its temporary files on the thread's own exit,
   * which terminate() skips, so an interrupted batch would leave them behind.
   */
  end(): Promise<void> {
    if (this.lost) return Promise.resolve();
    this.#ending = true;
    // Until it has exited, the worker must keep the process alive, or nothing would wait for it.
    this.#worker.ref();
    return new Promise((resolve) => {
      const force = setTimeout(() => void this.#worker.terminate(), 5000).unref();
      this.#worker.once('exit', () => resolve(clearTimeout(force)));
      this.#worker.postMessage({ op: 'exit' });
    });
  }

  #receive(message: WorkerMessage): void {
    if (message.type === 'ready') return void (this.#ready = true);
    if (message.type === 'print') return this.#print(message.id, message.html, message.meta);
    const job = this.#pending.get(message.id);
    this.#pending.delete(message.id);
    // An idle worker must not keep the process alive; a busy one must.
    if (this.#pending.size === 0) this.#worker.unref();
    if (message.type === 'done') job?.resolve(message.value);
    else job?.reject(fromWire(message.error));
  }

  #print(id: number, html: string, meta: PdfMeta): void {
    const reply = (message: PrintReply) => this.#worker.postMessage(message);
    this.#options.print(html, meta).then(
      (pdf) => reply({ type: 'printed', id, pdf }),
      (error: unknown) => reply({ type: 'print-failed', id, error: toWire(error) }),
    );
  }

  /** Fails what the worker had in hand, unless the batch is ending and nobody waits for it. */
  #stopped(crash: Error): void {
    if (this.lost) return;
    this.lost = crash;
    if (!this.#ending) for (const job of this.#pending.values()) job.reject(new WorkerLost(this, crash));
    this.#pending.clear();
    if (!this.#ending) this.#options.onLost(this, this.#ready);
  }
}
