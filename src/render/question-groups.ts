/** The subheading over each kind of question; a kind not listed here is printed under its own name. */
const HEADINGS: Record<string, string> = {
  profile: 'From the documents',
  behavioral: 'About how you work',
  technical: 'About the role and its skills',
  strategic: 'About their plans',
};

type Row = Record<string, unknown> & { kind?: unknown };

/**
 * Questions by kind, in the order each kind first appears, numbered on
 * across the groups (so that "question 14" names one question). One kind
 * alone gets no subheading. Works on the view's escaped questions.
 */
export function questionGroups<T extends Row>(questions: readonly T[]): Array<{ heading: string | null; items: Array<T & { number: number }> }> {
  const groups = new Map<string, Array<T & { number: number }>>();
  for (const question of questions) {
    const kind = String(question.kind);
    if (!groups.has(kind)) groups.set(kind, []);
    groups.get(kind)!.push({ ...question, number: 0 });
  }
  let number = 0;
  return [...groups].map(([kind, items]) => ({
    heading: groups.size > 1 ? (HEADINGS[kind] ?? kind) : null,
    items: items.map((item) => ({ ...item, number: ++number })),
  }));
}
