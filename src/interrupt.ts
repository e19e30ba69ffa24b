/**
 * Ctrl-C and SIGTERM while something must be shut down (a browser, company
 * worker threads): close what is open, then exit with the conventional code.
 * Puppeteer's own handlers are turned off so that there is one place that decides.
 */
type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;
let exiting = false;

function onSignal(signal: keyof typeof SIGNALS): void {
  if (exiting) return;
  exiting = true;
  const pending = [...cleanups].map((cleanup) => cleanup().catch(() => undefined));
  // A browser that will not close must not keep the process alive.
  const deadline = new Promise((resolve) => setTimeout(resolve, 5000).unref());
  void Promise.race([Promise.all(pending), deadline]).then(() => process.exit(SIGNALS[signal]));
}

/** Whether Ctrl-C or SIGTERM has started the exit: what fails from now on failed because of it. */
export const interrupted = (): boolean => exiting;

const handlers = { SIGINT: () => onSignal('SIGINT'), SIGTERM: () => onSignal('SIGTERM') };

/** Registers a cleanup to run on SIGINT/SIGTERM; returns its removal. */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (cleanups.size === 0) for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
  };
}
