/** Chrome flags for a quiet, offline, throwaway browser. */
export function launchArgs(isRoot: boolean): string[] {
  const args = [
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--disable-extensions',
  ];
  // Chrome refuses to start its sandbox as root (containers, CI); nowhere else is it turned off.
  if (isRoot) args.unshift('--no-sandbox');
  return args;
}
