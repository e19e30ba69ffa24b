/**
 * Words that name an organizational unit, written after its name: "the
 * Payments team", "the Commercial organization", "…, Autonomy Team".
 */
export const UNIT_WORDS: readonly string[] = ['team', 'group', 'squad', 'org', 'organization', 'organisation', 'department', 'division', 'unit', 'tribe', 'pod', 'function', 'studio', 'lab'];
