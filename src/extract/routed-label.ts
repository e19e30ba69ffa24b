import { classifyHeading } from '../classify/headings.js';
import { fieldOfLabel } from './fields.js';

/** A label that names a field or a section kind (`Tech stack:`, `Salary:`, `Requirements:`): its value goes there, wherever it is written. */
export const isRoutedLabel = (label: string): boolean => fieldOfLabel(label) !== undefined || classifyHeading(label) !== undefined;
