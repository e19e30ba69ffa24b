/** `personalExperience.durationOfUse` → `Personal experience › duration of use`. */
export function humanizeField(field: string): string {
  const words = field
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim())
    .join(' › ');
  return capitalize(words);
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
