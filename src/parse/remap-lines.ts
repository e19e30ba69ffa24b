import type { Node, Point } from 'unist';

/**
 * Every position of a tree moved to other lines, columns kept: back to the
 * file a piece came from. Offsets move by `offsetShift` when it is known,
 * and are dropped when they no longer point into the file.
 */
export function remapLines(node: Node, lineOf: (line: number) => number, offsetShift?: number): void {
  const move = (point: Point): Point => ({
    line: lineOf(point.line),
    column: point.column,
    ...(offsetShift !== undefined && point.offset !== undefined ? { offset: point.offset + offsetShift } : {}),
  });
  if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) remapLines(child, lineOf, offsetShift);
}
