// A property's own run count, raised to FC_RUNS when that is higher: `npm run test:properties`
// (FC_RUNS, default 1,000) then shakes every property, even those kept short in `npm test`.
export function runs(usual: number): number {
  const heavy = Number(process.env['FC_RUNS']);
  return Number.isFinite(heavy) && heavy > usual ? heavy : usual;
}
