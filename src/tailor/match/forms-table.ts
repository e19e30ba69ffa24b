/**
 * A table written as `base:form,form base:form …` (one word and the forms
 * that stand for it), as a map from each form to its base.
 */
export function formsTable(table: string): ReadonlyMap<string, string> {
  return new Map(
    table
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((entry) => {
        const [base = '', forms = ''] = entry.split(':');
        return forms.split(',').map((form): [string, string] => [form, base]);
      }),
  );
}
