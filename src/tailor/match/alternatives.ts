// How a requirement says that one of several things will do: "Node.js or Python", "MLflow, Airflow or similar".
import type { Term } from './terms.js';
import type { Token } from './tokenize.js';

/** "A, B or similar": the closing word of a list any of whose items answers. Not a term itself. */
export const SIMILAR = new Set(['similar', 'equivalent', 'comparable', 'alike']);

/**
 * "MLflow, Airflow or similar": the one-word items of the comma list before
 * `or` answer the same ask. Only with such a closing word: in "Kubernetes,
 * Terraform, AWS or GCP" each item before the last two is an ask of its own.
 */
export function joinList(terms: Term[], starts: readonly number[], tokens: readonly Token[]): void {
  let k = terms.length - 1;
  const group = (terms[k] as Term).alt ?? k;
  (terms[k] as Term).alt = group;
  while (k > 0 && tokens[starts[k]!]?.listed && starts[k - 1] === starts[k]! - 1) (terms[--k] as Term).alt = group;
}

/** "A or B": the term before `or` and this one answer the same ask. */
export function joinAlternatives(terms: Term[], term: Term): void {
  const before = terms[terms.length - 1] as Term;
  before.alt ??= terms.length - 1;
  term.alt = before.alt;
}
