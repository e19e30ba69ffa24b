/**
 * Words that make a requirement a preferred one, in its text ("Kafka is a
 * plus") or in the heading it sits under ("Nice to have", "Preferred
 * qualifications"): extraction labels such items, tailoring weighs them less.
 */
export const PREFERRED_MARKERS = /\b(preferred|nice[ -]to[ -]haves?|bonus|a plus|is a plus|ideally|desirable|optional)\b/i;
