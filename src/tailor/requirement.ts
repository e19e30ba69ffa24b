import type { RequirementKind } from '../model/packet.js';
import type { Source } from '../model/source.js';

export type { RequirementKind };

/** One thing the role asks for, with where the profile says so and how much it counts. */
export interface Requirement {
  text: string;
  kind: RequirementKind;
  required: boolean;
  weight: number;
  source: Source;
}
